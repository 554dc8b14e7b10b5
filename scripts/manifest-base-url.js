'use strict';
/**
 * The production manifest: the source manifest.xml names https://localhost:3000/ (the dev
 * server); the build rewrites that base to KOMMUNRAPPORT_BASE_URL. Used by webpack.config.js
 * and by the manifest test.
 */
const DEV_BASE = 'https://localhost:3000/';
const DEFAULT_BASE = 'https://kommunrapport.example.se/';

/** The production base URL from the environment, normalised to end with one slash. */
function productionBaseUrl(env = process.env) {
  const raw = (env.KOMMUNRAPPORT_BASE_URL || DEFAULT_BASE).trim();
  if (!/^https:\/\/[^\s"<>]+$/.test(raw)) {
    throw new Error(`KOMMUNRAPPORT_BASE_URL must be an https:// URL, got "${raw}"`);
  }
  return raw.endsWith('/') ? raw : `${raw}/`;
}

function rewriteManifest(xml, base) {
  return xml.split(DEV_BASE).join(base);
}

module.exports = { DEV_BASE, DEFAULT_BASE, productionBaseUrl, rewriteManifest };
