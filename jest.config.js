/** @type {import('jest').Config} */
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2020' } }] },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
};

module.exports = {
  // Browser tests start Chromium and the preview server on a 2-core machine that may be
  // busy; give them room. (Jest reads testTimeout from the global config only: a
  // project-level value is ignored.)
  testTimeout: 120000,
  projects: [
    {
      ...shared,
      displayName: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
    },
    {
      ...shared,
      displayName: 'browser',
      roots: ['<rootDir>/test/browser'],
      testMatch: ['**/*.test.ts'],
      // Only when a browser test is selected: no Chromium → one line, exit 1.
      globalSetup: '<rootDir>/test/browser/globalSetup.ts',
    },
  ],
};
