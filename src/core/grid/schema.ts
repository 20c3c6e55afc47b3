import { percentFromBasisPoints } from "../money/decimal";
import { CATALOGUE, STANDARD_NAME, type CatalogueEntry } from "./catalogue";

/** A JSON Schema (draft-07) object; kept loose on purpose, it is data written to docs/grid-1.0.schema.json. */
export type JsonSchema = { readonly [keyword: string]: unknown };

const AMOUNT = "Euros, at most 2 decimals; null = not offered.";

function valueSchema(item: CatalogueEntry): JsonSchema {
  const described = (schema: JsonSchema): JsonSchema => ({
    title: item.label.en,
    description: item.label.fr,
    ...schema,
  });
  switch (item.kind) {
    case "price":
    case "parameter-money":
    case "money":
      return described({ type: ["number", "null"], minimum: 0, multipleOf: 0.01, $comment: AMOUNT });
    case "parameter-hours":
      return described({
        type: ["number", "null"],
        minimum: 0,
        maximum: 24,
        multipleOf: 0.01,
        $comment: "Hours, at most 2 decimals.",
      });
    case "vat-rate":
      return described({
        type: "number",
        minimum: 0,
        maximum: 100,
        multipleOf: 0.01,
        default: percentFromBasisPoints(item.defaultRate ?? 0),
      });
    case "integer":
      return described({ type: "integer", ...(item.min !== undefined ? { minimum: item.min } : {}) });
    case "percent":
      return described({ type: "number", minimum: item.min ?? 0, maximum: item.max ?? 100 });
    case "enum":
      return described({ type: "string", enum: [...(item.options ?? [])] });
    case "list":
      return described({
        type: "array",
        items: { type: "string", enum: [...(item.options ?? [])] },
        uniqueItems: true,
      });
    case "siret":
      return described({ type: "string", pattern: "^[0-9]{14}$" });
    case "email":
      return described({ type: "string", pattern: "^[^\\s@]+@[^\\s@]+\\.[^\\s@.]+$" });
    case "date":
      return described({ type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" });
    default:
      return described({ type: "string", minLength: 1 });
  }
}

function sectionSchema(items: readonly CatalogueEntry[]): JsonSchema {
  const required = items.filter((item) => item.required).map((item) => item.jsonPath[1] as string);
  return {
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(items.map((item) => [item.jsonPath[1], valueSchema(item)])),
    ...(required.length > 0 ? { required } : {}),
  };
}

function buildSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = {
    standard: { const: STANDARD_NAME },
    version: { type: "string", pattern: "^1\\.[0-9]+$" },
  };
  const required = ["standard", "version"];
  // Sections first, then the single values (validite), as in the standard's example.
  const keys = [...new Set(CATALOGUE.map((item) => item.jsonPath[0]))];
  const isSingle = (key: string) =>
    CATALOGUE.some((item) => item.jsonPath.length === 1 && item.jsonPath[0] === key);
  for (const key of [...keys.filter((key) => !isSingle(key)), ...keys.filter(isSingle)]) {
    const items = CATALOGUE.filter((item) => item.jsonPath[0] === key);
    const single = items.length === 1 && items[0].jsonPath.length === 1;
    properties[key] = single ? valueSchema(items[0]) : sectionSchema(items);
    if (items.some((item) => item.required)) required.push(key);
  }
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: "urn:grille-commune-traiteur:grid:1.0",
    title: "Grille commune traiteur, standard grid 1.0",
    description:
      "A caterer's grid in the JSON interchange of the standard (docs/standard.md). Generated from src/core/grid/catalogue.ts: do not edit by hand.",
    type: "object",
    additionalProperties: false,
    required,
    properties,
  };
}

/** The JSON Schema of grid 1.0, generated from the catalogue; published as docs/grid-1.0.schema.json. */
export const GRID_SCHEMA: JsonSchema = buildSchema();

/** The schema as the committed file holds it (2-space JSON and a final newline). */
export function gridSchemaText(): string {
  return `${JSON.stringify(GRID_SCHEMA, null, 2)}\n`;
}
