import { readFileSync } from "node:fs";
import * as path from "node:path";
import { CATALOGUE, catalogueEntry, excelNameOf, PRICE_ENTRIES, VAT_ENTRIES } from "../../src/core/grid";
import { FIXTURES } from "./pricing-helpers";

// The catalogue is checked against the standard's own text (shared/design/standard-grid-v1.md): every id of
// sections 1 and 2 with its unit and VAT category, and the four VAT rates with their defaults.

const standard = readFileSync(path.resolve(FIXTURES, "../design/standard-grid-v1.md"), "utf8");

function section(title: string): string {
  const start = standard.indexOf(title);
  const end = standard.indexOf("\n## ", start + 1);
  return standard.slice(start, end);
}

/** Rows of the markdown tables of a section, as cells, header and separator rows left out. */
function tableRows(text: string): string[][] {
  return text
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| id") && !line.startsWith("|---"))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

const UNIT_WORDS: Record<string, string> = {
  personne: "personne",
  "pièce (par personne)": "piece",
  plateau: "plateau",
  livraison: "livraison",
  heure: "heure",
  unité: "unite",
};

test("section 1: every identity id of the standard is in the catalogue, and nothing else", () => {
  const ids = tableRows(section("## 1.")).flatMap(([cell]) => cell.split(",").map((id) => id.trim()));
  const identity = CATALOGUE.filter((item) =>
    ["entreprise", "engagements", "capacite", "commande", "prix"].includes(item.section),
  );
  expect(identity.map((item) => item.id).sort()).toEqual([...ids].sort());
});

test("section 2: every price line with its unit and VAT category, parameters with their kind", () => {
  const rows = tableRows(section("## 2."));
  expect(PRICE_ENTRIES.map((item) => item.id)).toEqual(rows.map(([id]) => id));
  for (const [id, label, unit, vat] of rows) {
    const item = catalogueEntry(id);
    expect({ id, label: item?.label.fr }).toEqual({ id, label });
    if (unit.startsWith("parameter")) {
      expect({ id, kind: item?.kind }).toEqual({
        id,
        kind: unit.includes("money") ? "parameter-money" : "parameter-hours",
      });
    } else {
      expect({ id, unit: item?.unit, vat: item?.vat }).toEqual({ id, unit: UNIT_WORDS[unit], vat });
    }
  }
});

test("the four VAT rates and their defaults: repas 10, alcool 20, materiel 20, emporter 5.5", () => {
  expect(VAT_ENTRIES.map((item) => [item.id, item.defaultRate])).toEqual([
    ["tva.repas", 1000],
    ["tva.alcool", 2000],
    ["tva.materiel", 2000],
    ["tva.emporter", 550],
  ]);
  expect(standard).toContain("`tva.repas` 10, `tva.alcool` 20, `tva.materiel` 20, `tva.emporter` 5.5");
});

describe("template names (excelName)", () => {
  const names = CATALOGUE.map((item) => item.excelName);

  test("follow the scheme GCT_ + id with dots as underscores", () => {
    expect(catalogueEntry("cocktail.formule.6")?.excelName).toBe("GCT_cocktail_formule_6");
    for (const item of CATALOGUE) expect(item.excelName).toBe(excelNameOf(item.id));
  });

  test("are valid defined names in Excel and LibreOffice: letters, digits, underscores, not a cell reference", () => {
    for (const name of names) {
      expect(name).toMatch(/^GCT_[a-z0-9_]+$/);
      expect(name.length).toBeLessThanOrEqual(255);
      expect(name).not.toMatch(/^[A-Za-z]{1,3}\d+$|^[rRcC]\d*([cC]\d*)?$/);
    }
  });

  test("are unique, ignoring case (Excel names are case-insensitive)", () => {
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });
});

test("every entry has labels in both languages and a JSON place; enums and lists list their options", () => {
  for (const item of CATALOGUE) {
    expect(item.label.fr.length * item.label.en.length).toBeGreaterThan(0);
    expect(item.jsonPath.length).toBeGreaterThan(0);
    if (item.kind === "enum" || item.kind === "list") expect(item.options?.length).toBeGreaterThan(0);
    if (item.kind === "price") expect([item.unit, item.vat]).not.toContain(undefined);
  }
});
