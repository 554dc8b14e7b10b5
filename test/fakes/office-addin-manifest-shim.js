// CommonJS stand-in for office-addin-manifest (its ESM-only dependencies do not load in jest on Node 20).
module.exports = { OfficeAddinManifest: { readManifestFile: async () => ({}) } };
