import { catalogueEntry, type CatalogueEntry } from "../../src/core/grid";
import { readCellValue } from "../../src/core/template";
import type { CellSnapshot } from "../../src/core/workbook";

// The inverse of cells.ts, cell by cell: what a caterer (or a program re-saving the file) leaves in a cell, back
// to the grid's units, with a warning for numbers typed as text and an error for anything unreadable.

const entry = (id: string): CatalogueEntry => catalogueEntry(id) as CatalogueEntry;
const number = (value: number): CellSnapshot => ({ value: { type: "number", value } });
const text = (value: string): CellSnapshot => ({ value: { type: "text", value } });

test.each([
  ["cocktail.formule.6", number(9.6), 960],
  ["cocktail.formule.6", number(0.1 + 0.2), 30],
  ["livraison.franco_seuil_ht", number(1500), 150000],
  ["personnel.minimum_heures", number(3.5), 350],
  ["tva.emporter", number(0.055), 550],
  ["tva.repas", number(0.1), 1000],
  ["engagements.part_bio_pct", number(0.075), 7.5],
  ["engagements.heures_insertion_an", number(9000), 9000],
  ["entreprise.siret", text("732 829 320 00074"), "73282932000074"],
  ["entreprise.departements", text("75, 93"), ["75", "93"]],
  ["entreprise.departements", number(75), ["75"]],
  ["prix.validite", text("2027-06-30"), "2027-06-30"],
  ["prix.validite", number(46568), "2027-06-30"],
  ["entreprise.raison_sociale", text("  Traiteur  "), "Traiteur"],
  ["entreprise.raison_sociale", text("   "), null],
  ["cocktail.formule.15", { value: { type: "empty" } } as CellSnapshot, null],
])("%s: %j reads as %j, silently", (id, cell, expected) => {
  expect(readCellValue(entry(id), cell)).toEqual({ value: expected });
});

test.each([
  ["cocktail.formule.6", "12,50 €", 1250],
  ["livraison.franco_seuil_ht", "1 500,00", 150000],
  ["engagements.part_bio_pct", "40 %", 40],
  ["tva.emporter", "5,5 %", 550],
  ["capacite.couverts_max_jour", "800", 800],
])("%s: the text %j is read as %j with a warning", (id, typed, expected) => {
  const reading = readCellValue(entry(id), text(typed));
  expect(reading.value).toBe(expected);
  expect(reading.problem?.severity).toBe("warning");
  expect(reading.problem?.params.value).toBe(typed);
});

test.each([
  ["cocktail.formule.6", number(-3), "amount"],
  ["cocktail.formule.6", number(9.999), "amount"],
  ["cocktail.formule.6", text("environ 10"), "amount"],
  ["cocktail.formule.6", { value: { type: "error", value: "#REF!" } } as CellSnapshot, "cellError"],
  ["cocktail.formule.6", { value: { type: "boolean", value: true } } as CellSnapshot, "notNumber"],
  ["tva.repas", number(0.10005), "rate"],
  // 1.5 in a percent cell shows 150 %: almost surely "1,5" typed without its % sign, said so (not "not a rate").
  ["tva.repas", number(1.5), "percentScale"],
  ["tva.repas", number(10), "percentScale"],
  ["engagements.part_bio_pct", number(45), "percentScale"],
  ["capacite.couverts_max_jour", text("beaucoup"), "notNumber"],
])("%s: %j is unreadable (%s), never guessed", (id, cell, code) => {
  const reading = readCellValue(entry(id), cell);
  expect(reading.value).toBeUndefined();
  expect(reading.problem).toMatchObject({ code, severity: "error" });
});
