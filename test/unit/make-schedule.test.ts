import { findingMessage } from "../../src/core/finding-message";
import type { Finding } from "../../src/core/findings";
import { SCHEDULE_SHEET } from "../../src/core/schedule";
import type { WorkbookSnapshot } from "../../src/core/workbook/snapshot";
import { makeSchedule, planScheduleInWorkbook } from "../../src/usecases/make-schedule";
import {
  addDraftLine,
  draftRows,
  importDraftLines,
  removeDraftLine,
  type DraftLine,
} from "../../src/usecases/schedule-draft";
import type { VariantFields } from "../../src/usecases/variant-fields";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { expectValidWorkbook } from "../helpers/ooxml";
import { emptySheet } from "../helpers/snapshot";
import { SAMPLE_LINES_JSON } from "./schedule-helpers";

// Making the buyer's schedule from a list of lines: a list with an error gives no workbook, and every finding names
// its line and field in words that say what to do; the pane's draft list is the same LINES.json, built line by line
// from the variant form's fields.

const at = (findings: readonly Finding[]) =>
  findings.map((finding) => [finding.severity, finding.location?.line, finding.location?.path]);

describe("makeSchedule", () => {
  test("the sample lines: one plan, one sheet, a row per line and VAT category; the file is valid", async () => {
    const made = makeSchedule({ lines: SAMPLE_LINES_JSON, lang: "fr", title: "  Lot 2 : cocktails  " });
    expect(made.findings).toEqual([]);
    expect(made.lines).toHaveLength(SAMPLE_LINES_JSON.length);
    expect(made.rows).toBe(10);
    expect(made.plan?.sheets.map((sheet) => sheet.name)).toEqual([SCHEDULE_SHEET]);
    const bytes = await writeWorkbook(made.plan!);
    await expectValidWorkbook(bytes, "bordereau.xlsx");
    const book = await readWorkbook(bytes, "bordereau.xlsx");
    expect(book.sheets[0].cells[1][0].value).toEqual({ type: "text", value: "Lot 2 : cocktails" });
  });

  test("a bad lines file: nothing to write, each finding at its line and field, in words that say what to do", () => {
    const made = makeSchedule({
      lang: "fr",
      lines: [
        { ref: "1.1", quantity: 100, variant: { product: "cocktail", pices: 8 } },
        { ref: "1.2", quantity: "cent", variant: { product: "plateau.classique" } },
        { ref: "1.3", quantity: 10, variant: { product: "cocktail", pieces: 8, basis: "TTC" }, qty: 3 },
        { ref: "1.4", variant: { product: "livraison.paris" } },
        { ref: "1.5", quantity: 5 },
        { ref: "1.6", quantity: 5, variant: { product: "livraison.paris" } },
        "1.7",
        { ref: "1.6", quantity: 2, variant: { product: "livraison.reprise" } },
      ],
    });
    expect(made.plan).toBeNull();
    expect(at(made.findings)).toEqual([
      ["error", 1, "variant.pices"],
      ["error", 2, "quantity"],
      ["error", 3, "qty"],
      ["warning", 3, "variant.basis"],
      ["error", 4, "quantity"],
      ["error", 5, "variant"],
      ["error", 7, ""],
      ["error", 8, "ref"],
    ]);
    const words = made.findings.map((finding) => findingMessage(finding, "fr"));
    expect(words[0]).toContain("« pices »");
    expect(words[1]).toContain('"cent"');
    expect(words[7]).toContain("ligne 6");
    // Every text comes from the catalog, with its placeholders filled.
    for (const text of words) expect(text).not.toMatch(/\[[a-z]+\.|\{[a-z]+\}/);
  });

  test("a TTC basis is a warning: the schedule is made, in HT", () => {
    const made = makeSchedule({
      lang: "en",
      lines: [{ quantity: 3, variant: { product: "cocktail", pieces: 6, basis: "TTC" } }],
    });
    expect(at(made.findings)).toEqual([["warning", 1, "variant.basis"]]);
    expect(made.plan).not.toBeNull();
    expect(made.lines[0].variant.basis).toBe("HT");
  });

  test.each([
    [{}, "schedule.notList"],
    [[], "schedule.empty"],
  ])("a file that is no list of lines: one finding on the whole file (%j)", (lines, code) => {
    const made = makeSchedule({ lines, lang: "fr" });
    expect(made.plan).toBeNull();
    expect(made.findings.map((finding) => [finding.code, finding.location?.line])).toEqual([
      [code, undefined],
    ]);
  });
});

describe("planScheduleInWorkbook: new sheets only", () => {
  const plan = makeSchedule({ lines: SAMPLE_LINES_JSON, lang: "fr" }).plan!;
  const book = (names: string[]): WorkbookSnapshot => ({
    source: "classeur",
    names: [],
    sheets: names.map(emptySheet),
  });

  test("a workbook without the schedule's sheet takes it", () => {
    expect(planScheduleInWorkbook(book(["Feuil1", "Notes"]), plan)).toEqual({
      kind: "create",
      plan,
      sheets: [SCHEDULE_SHEET],
    });
  });

  test("a sheet of that name (whatever its case) is never written over", () => {
    expect(planScheduleInWorkbook(book(["bpu-dqe"]), plan)).toEqual({
      kind: "nameTaken",
      sheets: [SCHEDULE_SHEET],
    });
  });
});

const FIELDS: VariantFields = {
  product: "cocktail",
  pieces: "8",
  extras: ["boissons.vin"],
  guests: "30",
  unit: "personne",
  delivery: "included",
  zone: "petite_couronne",
  evening: true,
  weekend: false,
  pickup: false,
  staff: "none",
  role: "serveur",
  staffMode: "ratio",
  staffNumber: "30",
  hours: "3",
};

describe("the pane's draft list", () => {
  test("lines added from the form: numbered by position unless given, a quantity typed with a comma", () => {
    const first = addDraftLine([], FIELDS, "200", "");
    if (!first.ok) throw new Error("refused");
    const second = addDraftLine(
      first.lines,
      { ...FIELDS, product: "personnel.maitre_hotel", extras: [], unit: "heure", delivery: "none" },
      "12,5",
      "B-7",
    );
    if (!second.ok) throw new Error("refused");
    expect(second.lines).toEqual([
      {
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
      { quantity: 12.5, ref: "B-7", variant: expect.objectContaining({ product: "personnel.maitre_hotel" }) },
    ]);
    expect(draftRows(second.lines, "fr").map((row) => [row.ref, row.quantity, row.unit])).toEqual([
      ["1", 200, "personne"],
      ["B-7", 12.5, "heure"],
    ]);
    expect(draftRows(second.lines, "fr")[0].label).toBe(
      "Cocktail 8 pièces + forfait vin, livraison comprise (petite couronne, soirée), base 30 convives",
    );
    // The list is the command line's LINES.json: the same schedule either way.
    expect(makeSchedule({ lines: JSON.parse(JSON.stringify(second.lines)), lang: "fr" }).findings).toEqual(
      [],
    );
  });

  test("a mistake is given back at its field: the variant's for the form, the quantity or number for the line", () => {
    const base = addDraftLine([], FIELDS, "10", "1.1");
    if (!base.ok) throw new Error("refused");
    const refused = addDraftLine(base.lines, { ...FIELDS, pieces: "huit" }, "0", "1.1");
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.variant.map((f) => f.location?.path)).toEqual(["pieces"]);
    expect(refused.line.map((f) => f.location?.path)).toEqual(["quantity"]);
    const duplicate = addDraftLine(base.lines, FIELDS, "10", "1.1");
    expect(duplicate.ok ? [] : duplicate.line.map((f) => f.code)).toEqual(["schedule.ref.duplicate"]);
  });

  test("import a LINES.json after the list; any error refuses the whole file", () => {
    const imported = importDraftLines([], SAMPLE_LINES_JSON);
    if (!imported.ok) throw new Error("refused");
    expect(imported.lines).toHaveLength(SAMPLE_LINES_JSON.length);
    expect(imported.lines[3]).not.toHaveProperty("ref");
    const again = importDraftLines(imported.lines, SAMPLE_LINES_JSON);
    expect(again.ok ? [] : again.line.map((f) => f.code)).toContain("schedule.ref.duplicate");
    const bad = importDraftLines(imported.lines, [{ quantity: 1 }]);
    expect(bad.ok ? [] : bad.line.map((f) => [f.code, f.location?.line])).toEqual([
      ["schedule.variant.missing", 1],
    ]);
    const fewer: readonly DraftLine[] = removeDraftLine(imported.lines, 0);
    expect(draftRows(fewer, "fr").map((row) => row.ref)).toEqual([
      "1.2",
      "1.3",
      "3",
      "2.1",
      "2.2",
      "=1+1",
      "2.4",
    ]);
  });
});
