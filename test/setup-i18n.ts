// Jest's setup (jest.config.js): both languages' texts, registered before a test imports the product's code, as the
// command line and the offline page register them (src/i18n/registry.ts).
import "../src/i18n/eager";
