/** Jest: unit, integration and e2e projects share one ts-jest transform. */
const transform = { '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }] };
const moduleNameMapper = {
  // office-addin-manifest pulls ESM-only packages jest cannot load on Node 20.
  '^office-addin-manifest$': '<rootDir>/test/fakes/office-addin-manifest-shim.js',
  '\\.(css)$': '<rootDir>/test/fakes/style-stub.js',
};
module.exports = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/integration/**/*.test.ts', '<rootDir>/test/e2e/**/*.test.ts'],
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      transform,
      moduleNameMapper,
      setupFilesAfterEnv: ['<rootDir>/test/setup-dom.ts'],
      testMatch: ['<rootDir>/test/unit/**/*.test.tsx'],
    },
  ],
};
