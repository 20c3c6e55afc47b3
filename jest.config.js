/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  setupFiles: ["<rootDir>/test/setup-i18n.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }] },
  // LibreOffice and Chromium tests spawn processes; keep two workers on a two-core machine.
  maxWorkers: 2,
  testTimeout: 60000,
};
