import { buildSchedulePlan, type ScheduleLine } from "../../src/core/schedule";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { t } from "../../src/i18n";
import { makeTemplate } from "../../src/usecases/make-template";
import { mapTender } from "../../src/usecases/map-tender";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";

// A schedule made in the standard's shape (docs/buyer.md, "The reading contract") is read from the variant each
// line carries in its hidden column, never guessed from its words; a line split by VAT category says which part
// of the price its cell asks for.

const LINES: readonly ScheduleLine[] = [
  {
    ref: "1.1",
    quantity: 200,
    variant: {
      product: "cocktail",
      pieces: 8,
      extras: ["boissons.vin"],
      guests: 30,
      unit: "personne",
      delivery: { included: true, zone: "petite_couronne", evening: true, weekend: false, pickup: false },
      basis: "HT",
    },
  },
  {
    ref: "2.1",
    quantity: 20,
    variant: { product: "personnel.maitre_hotel", extras: [], unit: "heure", basis: "HT" },
  },
  {
    ref: "3.1",
    quantity: 50,
    variant: { product: "buffet.froid", extras: [], guests: 40, unit: "prestation", basis: "HT" },
  },
];

async function schedule(): Promise<WorkbookSnapshot> {
  return readWorkbook(
    await writeWorkbook(buildSchedulePlan({ lines: LINES, lang: "fr" })),
    "grille-acheteur.xlsx",
  );
}

test("every line is its own variant; a variant split by VAT category gives one price cell per part", async () => {
  const { mapping, findings } = mapTender({ book: await schedule() });
  expect(findings).toEqual([]);
  expect(
    mapping?.lines.map((line) => [line.ref, line.status, line.variant, line.priceCells, line.reason.code]),
  ).toEqual([
    [
      "1.1a",
      "mapped",
      LINES[0].variant,
      [{ sheet: "BPU-DQE", cell: "E9", basis: "HT", part: "repas" }],
      "standardSchedule",
    ],
    [
      "1.1b",
      "mapped",
      LINES[0].variant,
      [{ sheet: "BPU-DQE", cell: "E10", basis: "HT", part: "alcool" }],
      "standardSchedule",
    ],
    [
      "2.1",
      "mapped",
      LINES[1].variant,
      [{ sheet: "BPU-DQE", cell: "E11", basis: "HT", part: "repas" }],
      "standardSchedule",
    ],
    [
      "3.1",
      "mapped",
      LINES[2].variant,
      [{ sheet: "BPU-DQE", cell: "E12", basis: "HT", part: "repas" }],
      "standardSchedule",
    ],
  ]);
});

test("the totals under the table (« dont HT au taux de », « TVA au taux de ») are not conditions", async () => {
  const { mapping } = mapTender({ book: await schedule() });
  // Only the instruction above the table says « prix HT »; the VAT breakdown under it states nothing.
  expect(mapping?.conditions.map((condition) => condition.cell)).toEqual(["A4"]);
});

test("a hidden variant damaged in the file: the designation is read instead, and the line is asked", async () => {
  const book = await schedule();
  const damaged: WorkbookSnapshot = {
    ...book,
    sheets: book.sheets.map((sheet) => ({
      ...sheet,
      cells: sheet.cells.map((row, r) =>
        r === 10
          ? row.map((cell, c) =>
              c === 8 ? { value: { type: "text" as const, value: '{"product":' } } : cell,
            )
          : row,
      ),
    })),
  };
  const line = mapTender({ book: damaged }).mapping?.lines.find((candidate) => candidate.ref === "2.1");
  expect(line).toMatchObject({
    status: "uncertain",
    variant: null,
    suggestion: LINES[1].variant,
    reason: { code: "scheduleVariantInvalid", params: { cell: "I11" } },
  });
});

test("a caterer's grid given as the tender is refused, said in words; a standard schedule, which names the standard too, is read", async () => {
  for (const lang of ["fr", "en"] as const) {
    const grid = await readWorkbook(await writeWorkbook(makeTemplate({ lang })), "ma-grille.xlsx");
    const result = mapTender({ book: grid });
    expect(result.mapping).toBeNull();
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: "tender.isGrid",
        severity: "error",
        location: { file: "ma-grille.xlsx" },
      }),
    ]);
    expect(t(lang, "tender.finding.isGrid", { file: "ma-grille.xlsx" })).toContain("ma-grille.xlsx");
  }
  expect(mapTender({ book: await schedule() }).mapping).not.toBeNull();
});
