import {
  CATALOGUE,
  IDENTITY_ENTRIES,
  PRICE_ENTRIES,
  UNIT_LABELS,
  VAT_ENTRIES,
  type CatalogueEntry,
} from "../../src/core/grid";
import { OUTSIDE_WORDS } from "../../src/core/grid/outside";
import { FAMILIES, PRODUCT_WORDS, SYNONYM_IDS } from "../../src/core/grid/synonyms";
import { basisPoints, formatRate } from "../../src/core/money";
import { grid as gridMessages } from "../../src/i18n/messages/grid";
import { markdownTable, regenerateDoc } from "./grid-docs-blocks";

// docs/standard.md: its tables are generated from the catalogue and the grid messages (UPDATE_DOCS=1 to rewrite).

const RULES: Partial<Record<CatalogueEntry["kind"], (item: CatalogueEntry) => string>> = {
  siret: () => "14 digits, Luhn (La Poste 356000000…: digit sum divisible by 5)",
  enum: (item) => `one of ${(item.options ?? []).join(", ")}`,
  list: (item) => `list of ${(item.options ?? []).join(", ")}`,
  integer: (item) => `integer ≥ ${item.min ?? 0}`,
  percent: (item) => `number ${item.min ?? 0}–${item.max ?? 100}`,
  money: () => "euros ≥ 0, 2 decimals at most",
  email: () => "must look like an email",
  phone: () => "telephone (warning if not 10 digits)",
  date: () => "date YYYY-MM-DD",
  text: () => "text",
};

function identityTable(): string {
  return markdownTable(
    ["id", "label (fr)", "label (en)", "rule", "required", "JSON", "defined name"],
    IDENTITY_ENTRIES.map((item) => [
      `\`${item.id}\``,
      item.label.fr,
      item.label.en,
      RULES[item.kind]?.(item) ?? item.kind,
      item.required ? "yes" : "",
      `\`${item.jsonPath.join(".")}\``,
      `\`${item.excelName}\``,
    ]),
  );
}

function pricesTable(): string {
  return markdownTable(
    ["id", "label (fr)", "label (en)", "unit", "VAT", "defined name"],
    PRICE_ENTRIES.map((item) => [
      `\`${item.id}\``,
      item.label.fr,
      item.label.en,
      item.unit
        ? UNIT_LABELS[item.unit].fr
        : item.kind === "parameter-money"
          ? "parameter (euros)"
          : "parameter (hours)",
      item.vat ?? "—",
      `\`${item.excelName}\``,
    ]),
  );
}

function vatTable(): string {
  return markdownTable(
    ["id", "label (fr)", "label (en)", "default", "defined name"],
    VAT_ENTRIES.map((item) => [
      `\`${item.id}\``,
      item.label.fr,
      item.label.en,
      formatRate(item.defaultRate ?? basisPoints(0), "en"),
      `\`${item.excelName}\``,
    ]),
  );
}

function findingsTable(): string {
  return markdownTable(
    ["code", "message (en)"],
    Object.entries(gridMessages.en).map(([code, message]) => [`\`${code}\``, message]),
  );
}

const quoted = (words: readonly string[] | undefined) => (words ?? []).map((word) => `"${word}"`).join(", ");

function synonymsTable(): string {
  return markdownTable(
    ["line", "label (fr)", "read from", "to confirm"],
    SYNONYM_IDS.map((id) => {
      const words = PRODUCT_WORDS[id];
      const family = words.family ? `${words.family} + ${quoted(words.qualifiers)}` : "";
      const maybe = [
        quoted(words.maybe),
        words.maybeQualifiers ? `${words.family} + ${quoted(words.maybeQualifiers)}` : "",
      ];
      return [
        `\`${id}\``,
        CATALOGUE.find((item) => item.id === id)?.label.fr ?? "Cocktail N pièces",
        [quoted(words.names), family].filter(Boolean).join("; "),
        maybe.filter(Boolean).join("; "),
      ];
    }),
  );
}

function familiesTable(): string {
  return markdownTable(
    ["family", "names", "to confirm", "suggested when alone"],
    Object.entries(FAMILIES).map(([family, words]) => [
      family,
      quoted(words.names),
      quoted(words.maybe),
      words.usual ? `\`${words.usual}\`` : "—",
    ]),
  );
}

function outsideList(): string {
  return [
    `- services (also in a line's details): ${quoted(OUTSIDE_WORDS.services)}`,
    `- food and drinks (in a line's main text): ${quoted(OUTSIDE_WORDS.food)}`,
  ].join("\n");
}

test("docs/standard.md shows the catalogue and the grid findings as the code has them", () => {
  const { actual, expected } = regenerateDoc("standard.md", {
    identity: identityTable(),
    prices: pricesTable(),
    vat: vatTable(),
    findings: findingsTable(),
    synonyms: synonymsTable(),
    families: familiesTable(),
    outside: outsideList(),
  });
  expect(actual).toBe(expected);
});

test("the generated tables cover every catalogue entry", () => {
  expect(IDENTITY_ENTRIES.length + PRICE_ENTRIES.length + VAT_ENTRIES.length).toBe(CATALOGUE.length);
});
