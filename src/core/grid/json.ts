import type { Finding } from "../findings";
import type { MessageKey } from "../../i18n";
import {
  MAX_CENTS,
  basisPoints,
  cents,
  centiHoursOf,
  type BasisPoints,
  type CentiHours,
  type Cents,
} from "../money/cents";
import {
  numberFromScaled,
  percentFromBasisPoints,
  scaledFromNumber,
  type DecimalRejection,
} from "../money/decimal";
import { centsToEuroNumber } from "../money/format";
import {
  CATALOGUE,
  PRICE_ENTRIES,
  STANDARD_NAME,
  STANDARD_VERSION,
  type CatalogueEntry,
  type VatCategory,
} from "./catalogue";
import { gridFinding } from "./findings";
import { MINIMUM_HOURS_ID, defaultVat, type Grid, type IdentityValue } from "./model";
import { GRID_SCHEMA, type JsonSchema } from "./schema";
import { normalizeSiret } from "./siret";
import { validateGrid, type ValidateOptions } from "./validate";

export interface GridReadResult {
  /** null when the grid cannot be priced safely: not an object, another standard, or a price/VAT unreadable. */
  readonly grid: Grid | null;
  /** Reading problems, then the rules of validateGrid; unknown ids are reported as warnings. */
  readonly findings: Finding[];
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Known keys, taken from the published JSON Schema: top level in the writer's order, then each section's. */
const SCHEMA_PROPERTIES = GRID_SCHEMA.properties as Readonly<Record<string, JsonSchema>>;
const TOP_KEYS: readonly string[] = Object.keys(SCHEMA_PROPERTIES);
const SECTION_KEYS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  TOP_KEYS.filter((key) => SCHEMA_PROPERTIES[key].type === "object").map((key) => [
    key,
    new Set(Object.keys(SCHEMA_PROPERTIES[key].properties as object)),
  ]),
);

/** Reads the JSON of section 3 (already parsed) into a Grid, amounts converted exactly from their decimal text. */
export function readGridJson(value: unknown, options: ValidateOptions = {}): GridReadResult {
  if (!isObject(value))
    return { grid: null, findings: [gridFinding("grid.json.notObject", "error", undefined)] };
  // A JSON naming neither the standard nor any part of a grid is some other file: read as a grid, every value would
  // be said missing, and a comparison would show it as an incomplete bid.
  if (!Object.keys(SCHEMA_PROPERTIES).some((key) => key in value))
    return { grid: null, findings: [gridFinding("grid.json.notGrid", "error", undefined)] };
  const findings: Finding[] = [...checkHeader(value), ...unknownKeys(value)];
  const sections = readSections(value, findings);
  const identity: Record<string, IdentityValue | null> = {};
  const prices: Record<string, Cents | null> = {};
  let minimumHours: CentiHours | null = null;
  const vat = defaultVat();
  let pricesReadable = true;
  for (const item of CATALOGUE) {
    const raw = rawValue(value, sections, item);
    if (item.kind === "vat-rate") pricesReadable = readVat(item, raw, vat, findings) && pricesReadable;
    else if (item.id === MINIMUM_HOURS_ID) {
      const hours = readScaled(item, raw, findings);
      minimumHours = hours === null || hours === undefined ? null : centiHoursOf(hours);
      pricesReadable = hours !== undefined && pricesReadable;
    } else if (PRICE_ENTRIES.includes(item))
      pricesReadable = readPrice(item, raw, prices, findings) && pricesReadable;
    else identity[item.id] = readIdentity(item, raw, findings);
  }
  if (!pricesReadable || findings.some(blocksPricing)) return { grid: null, findings };
  const grid: Grid = { version: STANDARD_VERSION, identity, prices, minimumHours, vat };
  const checked = validateGrid(grid, options).filter((finding) => !alreadyReported(findings, finding));
  return { grid, findings: [...findings, ...checked] };
}

/** Another standard or version, or a "prix"/"tva" that is not an object: prices from it would be guesses. */
function blocksPricing(finding: Finding): boolean {
  const wrongHeader = finding.code === "grid.json.standard" || finding.code === "grid.json.version";
  const pricesLost =
    finding.code === "grid.json.sectionNotObject" && (finding.id === "prix" || finding.id === "tva");
  return wrongHeader || pricesLost;
}

function alreadyReported(findings: readonly Finding[], finding: Finding): boolean {
  return findings.some((one) => one.id !== undefined && one.id === finding.id && one.severity === "error");
}

/** A header value quoted back: text as typed, anything else as its JSON (String() throws on some objects). */
function headerText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function checkHeader(json: JsonObject): Finding[] {
  const findings: Finding[] = [];
  const standard = json.standard;
  if (standard === undefined)
    findings.push(gridFinding("grid.json.standardMissing", "warning", undefined, {}, "standard"));
  else if (standard !== STANDARD_NAME)
    findings.push(
      gridFinding("grid.json.standard", "error", undefined, { value: headerText(standard) }, "standard"),
    );
  const version = json.version;
  if (version === undefined)
    findings.push(gridFinding("grid.json.versionMissing", "warning", undefined, {}, "version"));
  else if (typeof version !== "string" || !/^1\.\d+$/.test(version))
    findings.push(
      gridFinding("grid.json.version", "error", undefined, { value: headerText(version) }, "version"),
    );
  else if (version !== STANDARD_VERSION)
    findings.push(gridFinding("grid.json.versionNewer", "warning", undefined, { value: version }, "version"));
  return findings;
}

function unknownKeys(json: JsonObject): Finding[] {
  const findings: Finding[] = [];
  for (const key of Object.keys(json)) {
    if (!TOP_KEYS.includes(key)) findings.push(gridFinding("grid.json.unknownId", "warning", key, {}, key));
  }
  for (const [section, known] of SECTION_KEYS) {
    const object = json[section];
    if (!isObject(object)) continue;
    for (const key of Object.keys(object)) {
      if (known.has(key)) continue;
      const id = section === "prix" ? key : `${section}.${key}`;
      findings.push(gridFinding("grid.json.unknownId", "warning", id, {}, `${section}.${key}`));
    }
  }
  return findings;
}

/** Section objects by name; a section that is not an object is reported and read as empty. */
function readSections(json: JsonObject, findings: Finding[]): Map<string, JsonObject> {
  const sections = new Map<string, JsonObject>();
  for (const section of SECTION_KEYS.keys()) {
    const object = json[section];
    if (object === undefined || object === null) continue;
    if (isObject(object)) sections.set(section, object);
    else findings.push(gridFinding("grid.json.sectionNotObject", "error", section, {}, section));
  }
  return sections;
}

function rawValue(json: JsonObject, sections: Map<string, JsonObject>, item: CatalogueEntry): unknown {
  const [first, second] = item.jsonPath;
  return second === undefined ? json[first] : sections.get(first)?.[second];
}

const AMOUNT_CODES: Readonly<Record<DecimalRejection, MessageKey>> = {
  decimals: "grid.amount.decimals",
  negative: "grid.amount.negative",
  "not-a-number": "grid.amount.notNumber",
  "too-large": "grid.amount.tooLarge",
};

/** A money or hours value of JSON to its ×100 integer; pushes the finding and returns undefined when unreadable. */
function readScaled(item: CatalogueEntry, raw: unknown, findings: Finding[]): number | null | undefined {
  if (raw === undefined || raw === null) return null;
  const path = item.jsonPath.join(".");
  if (typeof raw !== "number") {
    findings.push(
      gridFinding("grid.amount.notNumber", "error", item.id, { value: JSON.stringify(raw) }, path),
    );
    return undefined;
  }
  const result = scaledFromNumber(raw, 2, MAX_CENTS);
  if (result.ok) return result.value;
  findings.push(gridFinding(AMOUNT_CODES[result.reason], "error", item.id, { value: String(raw) }, path));
  return undefined;
}

function readPrice(
  item: CatalogueEntry,
  raw: unknown,
  prices: Record<string, Cents | null>,
  findings: Finding[],
): boolean {
  const value = readScaled(item, raw, findings);
  prices[item.id] = value === null || value === undefined ? null : cents(value);
  return value !== undefined;
}

function readVat(
  item: CatalogueEntry,
  raw: unknown,
  vat: Record<VatCategory, BasisPoints>,
  findings: Finding[],
): boolean {
  const category = item.jsonPath[1] as VatCategory;
  const path = item.jsonPath.join(".");
  if (raw === undefined || raw === null) {
    findings.push(
      gridFinding(
        "grid.vat.default",
        "info",
        item.id,
        { value: percentFromBasisPoints(item.defaultRate ?? 0) },
        path,
      ),
    );
    return true;
  }
  const result = typeof raw === "number" ? scaledFromNumber(raw, 2, 10_000) : null;
  if (result?.ok) {
    vat[category] = basisPoints(result.value);
    return true;
  }
  findings.push(gridFinding("grid.vat.invalid", "error", item.id, { value: JSON.stringify(raw) }, path));
  return false;
}

const IDENTITY_TYPES: Readonly<Record<string, "string" | "number" | "list" | "money">> = {
  text: "string",
  enum: "string",
  email: "string",
  phone: "string",
  siret: "string",
  date: "string",
  list: "list",
  integer: "number",
  percent: "number",
  money: "money",
};

function readIdentity(item: CatalogueEntry, raw: unknown, findings: Finding[]): IdentityValue | null {
  if (raw === undefined || raw === null) return null;
  const type = IDENTITY_TYPES[item.kind];
  const path = item.jsonPath.join(".");
  if (type === "money") return readScaled(item, raw, findings) ?? null;
  if (type === "string" && typeof raw === "string") return stringValue(item, raw);
  if (type === "number" && typeof raw === "number" && Number.isFinite(raw)) return raw;
  if (type === "list" && Array.isArray(raw) && raw.every((one) => typeof one === "string"))
    return raw as string[];
  findings.push(
    gridFinding(`grid.json.type.${type}`, "error", item.id, { value: JSON.stringify(raw) }, path),
  );
  return null;
}

/** A text value trimmed ("" = not given); a SIRET keeps its digits only when spaces separate its groups. */
function stringValue(item: CatalogueEntry, raw: string): string | null {
  const text = raw.trim();
  if (text === "") return null;
  const digits = normalizeSiret(text);
  return item.kind === "siret" && /^\d{14}$/.test(digits) ? digits : text;
}

/**
 * The JSON of section 3 for a grid: every price id (null when not offered), the four VAT rates, and the identity
 * values that are given (a section with none is left out). Amounts in euros from exact decimal text.
 */
export function writeGridJson(grid: Grid): Record<string, unknown> {
  const json: Record<string, unknown> = { standard: STANDARD_NAME, version: STANDARD_VERSION };
  for (const key of TOP_KEYS.slice(2)) {
    const items = CATALOGUE.filter((item) => item.jsonPath[0] === key);
    const single = items.length === 1 && items[0].jsonPath.length === 1;
    if (single) {
      const value = identityJson(items[0], grid.identity[items[0].id] ?? null);
      if (value !== null) json[key] = value;
      continue;
    }
    const section: Record<string, unknown> = {};
    for (const item of items) {
      const value = entryJson(grid, item);
      if (value !== undefined) section[item.jsonPath[1] as string] = value;
    }
    if (Object.keys(section).length > 0) json[key] = section;
  }
  return json;
}

function entryJson(grid: Grid, item: CatalogueEntry): unknown {
  if (item.kind === "vat-rate") return percentFromBasisPoints(grid.vat[item.jsonPath[1] as VatCategory]);
  if (item.id === MINIMUM_HOURS_ID)
    return grid.minimumHours === null ? null : numberFromScaled(grid.minimumHours, 2);
  if (PRICE_ENTRIES.includes(item)) {
    const value = grid.prices[item.id] ?? null;
    return value === null ? null : centsToEuroNumber(value);
  }
  return identityJson(item, grid.identity[item.id] ?? null) ?? undefined;
}

function identityJson(item: CatalogueEntry, value: IdentityValue | null): unknown {
  if (value === null) return null;
  if (item.kind === "money" && typeof value === "number") return centsToEuroNumber(cents(value));
  return value;
}
