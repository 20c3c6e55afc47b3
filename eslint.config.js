// Flat config: typescript-eslint recommended rules, the Office add-ins plugin's rules, Prettier last.
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const prettier = require("eslint-config-prettier");

const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"]),
);

module.exports = tseslint.config(
  {
    ignores: ["node_modules/**", "dist/**", "lib/**", "coverage/**", "demo-output/**", "test-output/**"],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeRules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
  },
  prettier,
);
