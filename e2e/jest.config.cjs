// End-to-end tests: the built app (dist/) on a fresh database, driven in Debian's Chromium by Playwright.
module.exports = {
  rootDir: __dirname,
  displayName: 'e2e',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
  },
  testEnvironment: 'node',
  testMatch: ['<rootDir>/specs/**/*.e2e.ts'],
  testTimeout: 90000,
};
