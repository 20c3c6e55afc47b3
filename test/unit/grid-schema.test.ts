import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import Ajv from "ajv";
import { GRID_SCHEMA, gridSchemaText, readGridJson } from "../../src/core/grid";
import { prettierFormat } from "./grid-docs-blocks";
import { fixtureJson } from "./pricing-helpers";

// The JSON Schema of grid 1.0 is generated from the catalogue; docs/grid-1.0.schema.json is its published copy.
// UPDATE_DOCS=1 npx jest grid-schema rewrites the file after a catalogue change.

const SCHEMA_FILE = path.resolve(__dirname, "../../docs/grid-1.0.schema.json");

test("docs/grid-1.0.schema.json is the schema generated from the catalogue (as Prettier lays it out)", () => {
  const expected = prettierFormat(gridSchemaText(), SCHEMA_FILE);
  if (process.env.UPDATE_DOCS === "1") writeFileSync(SCHEMA_FILE, expected);
  expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(expected);
});

// multipleOf 0.01 needs a tolerance in float validators (9.6 / 0.01 is not an integer in binary).
const validate = new Ajv({ multipleOfPrecision: 9, allErrors: true }).compile(GRID_SCHEMA);

test.each(["reference", "traiteur-a", "traiteur-b"])("the %s fixture is valid against the schema", (name) => {
  const valid = validate(fixtureJson("grids", `${name}.json`));
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
});

const BAD = path.resolve(__dirname, "../fixtures/grids-bad");

test.each([
  "amount-decimals",
  "amount-negative",
  "amount-text",
  "hours-decimals",
  "vat-text",
  "wrong-standard",
  "version-2",
  "not-an-object",
  "siret-format",
  "email",
  "type-structure",
  "departement",
  "percent",
  "required-missing",
  "unknown-ids",
])("the schema and the reader agree that %s is not a valid 1.0 grid", (name) => {
  const json = JSON.parse(readFileSync(path.join(BAD, `${name}.json`), "utf8")) as unknown;
  expect(validate(json)).toBe(false);
  const { findings } = readGridJson(json);
  expect(findings.filter((finding) => finding.severity !== "info").length).toBeGreaterThan(0);
});
