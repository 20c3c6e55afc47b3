import { readFileSync } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { price, variant } from "../../src/functions/functions";
import { designationVariant } from "../../src/usecases/designation-variant";
import {
  answerOf,
  cliCell,
  installExcelRuntime,
  prixSheetRange,
  removeExcelRuntime,
  type RangeCell,
} from "../helpers/excel-functions";
import { FIXTURES, loadGrid } from "./pricing-helpers";

// =GRILLE.PRIX and `grille price --designation` agree on every designation of the reader's table
// (test/fixtures/designations/designations.tsv); =GRILLE.VARIANTE and `grille price` with options agree on generated
// variants. The functions read the template's Prix sheet (a real .xlsx read back), the command line the grid's JSON.

const REFERENCE = path.join(FIXTURES, "grids", "reference.json");
const TABLE = path.resolve(__dirname, "../fixtures/designations/designations.tsv");
let prix: RangeCell[][];

beforeAll(async () => {
  prix = await prixSheetRange(loadGrid("reference"));
});
beforeEach(() => installExcelRuntime(null));
afterEach(() => removeExcelRuntime());

const designations = readFileSync(TABLE, "utf8")
  .split("\n")
  .slice(1)
  .filter((line) => line.trim() !== "" && !line.startsWith("#"))
  .map((line) => line.split("\t")[0]);

test("every designation of the table: the cell and the command line give the same price or the same reason", async () => {
  const outcomes = { priced: 0, refused: 0 };
  for (const words of designations) {
    const read = designationVariant({ designation: words, guests: 50 });
    const basis = read.ok ? read.variant.basis : "HT";
    const cell = await answerOf(price(words, 50, null as never, prix));
    const cli = await cliCell(["--grid", REFERENCE, "--designation", words, "--guests", "50"], basis);
    expect({ words, cell }).toEqual({ words, cell: cli });
    outcomes[typeof cell === "number" ? "priced" : "refused"] += 1;
  }
  expect(designations.length).toBeGreaterThanOrEqual(300);
  expect(outcomes.priced).toBeGreaterThan(100);
  expect(outcomes.refused).toBeGreaterThan(50);
}, 120_000);

/** Fields as a caterer types them in cells: ids or labels, numbers, TRUE/FALSE, blanks as null or 0. */
const fieldsArbitrary = fc.record({
  product: fc.constantFrom(
    "cocktail",
    "Cocktail",
    "plateau.classique",
    "Plateau-repas prestige",
    "buffet.chaud",
    "Repas assis",
    "pause.cafe",
    "Serveur",
    "materiel.mange_debout",
    "livraison.petite_couronne",
  ),
  pieces: fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 1, max: 25 })),
  guests: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 300 })),
  delivery: fc.constantFrom(null, "comprise", "en sus", "included", "excluded"),
  zone: fc.constantFrom(null, "Paris", "petite couronne", "Grande couronne", "grande_couronne"),
  evening: fc.constantFrom(null, true, false),
  weekend: fc.constantFrom(null, true, false),
  extras: fc.constantFrom(null, [["boissons.vin"]], [["Forfait vin"], ["Boissons chaudes"]], [["", null]]),
  basis: fc.constantFrom(null, "HT", "TTC", "ttc"),
});

type Fields = typeof fieldsArbitrary extends fc.Arbitrary<infer F> ? F : never;

function options(fields: Fields): string[] {
  const given = (value: unknown) => value !== null && value !== 0;
  const extras = (fields.extras ?? []).flat().flatMap((extra) => (typeof extra === "string" ? [extra] : []));
  return [
    "--product",
    fields.product,
    ...(given(fields.pieces) ? ["--pieces", String(fields.pieces)] : []),
    ...(given(fields.guests) ? ["--guests", String(fields.guests)] : []),
    ...(fields.delivery ? ["--delivery", String(fields.delivery)] : []),
    ...(fields.zone ? ["--zone", String(fields.zone)] : []),
    ...(fields.evening ? ["--evening"] : []),
    ...(fields.weekend ? ["--weekend"] : []),
    ...extras.filter((extra) => extra !== "").flatMap((extra) => ["--extra", extra]),
    ...(fields.basis ? ["--basis", String(fields.basis)] : []),
  ];
}

test("generated variants: =GRILLE.VARIANTE answers what grille price answers for the same fields", async () => {
  await fc.assert(
    fc.asyncProperty(fieldsArbitrary, async (fields) => {
      const args = [
        fields.product,
        fields.pieces,
        fields.guests,
        fields.delivery,
        fields.zone,
        fields.evening,
        fields.weekend,
        fields.extras,
        fields.basis,
        prix,
      ] as unknown as Parameters<typeof variant>;
      const cell = await answerOf(variant(...args));
      const basis = fields.basis?.toUpperCase() === "TTC" ? "TTC" : "HT";
      expect(cell).toEqual(await cliCell(["--grid", REFERENCE, ...options(fields)], basis));
    }),
    { numRuns: 150 },
  );
}, 120_000);
