import type { Variant } from "../../src/core/variant/model";
import type { WorkbookPlan } from "../../src/core/workbook/plan";
import { mapTender, type MapTenderResult } from "../../src/usecases/map-tender";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { bpuLayout, dqeSheet, notesSheet, workbookOf, type Layout } from "../helpers/tender-layouts";

// The table finder on schedules built with our own writer and read back from the file: wherever the header sits,
// however it is drawn, with sections, totals, hidden columns and rows, repeated headers, hundreds of lines, notes
// sheets and a DQE beside the BPU.

async function map(plan: WorkbookPlan, sheet?: string): Promise<MapTenderResult> {
  const book = await readWorkbook(await writeWorkbook(plan), "acheteur.xlsx");
  return mapTender({ book, ...(sheet ? { sheet } : {}) });
}

/** The table as found, in the layout's terms. */
function found(result: MapTenderResult) {
  const mapping = result.mapping;
  return {
    sheet: mapping?.sheet,
    headerRow: mapping?.headerRow,
    designation: mapping?.columns.designation,
    unit: mapping?.columns.unit,
    inputs: mapping?.inputs.map((input) => input.column),
    lines: mapping?.lines.map((line) => ({ row: line.row, designation: line.designation })),
  };
}

function expected(layout: Layout, sheet = "BPU") {
  return {
    sheet,
    headerRow: layout.headerRow,
    designation: layout.columns.designation,
    unit: layout.columns.unit,
    inputs: [layout.columns.price],
    lines: layout.lines.filter((line) => !line.hidden).map(({ row, designation }) => ({ row, designation })),
  };
}

const COCKTAIL_8: Variant = { product: "cocktail", pieces: 8, extras: [], unit: "personne", basis: "HT" };

describe("the header row, wherever it is", () => {
  test.each([1, 3, 12, 45])("header on row %i", async (headerRow) => {
    const layout = bpuLayout({ headerRow, notes: headerRow > 3 ? ["Marché de traiteur – lot 1"] : [] });
    expect(found(await map(workbookOf(layout.sheet)))).toEqual(expected(layout));
  });

  test("a two-row header: merged titles, 'Prix unitaire' over HT and TTC; the TTC formula column is not typed into", async () => {
    const layout = bpuLayout({ twoRowHeader: true, headerRow: 9 });
    const result = await map(workbookOf(layout.sheet));
    expect(found(result)).toEqual(expected(layout));
    expect(result.mapping?.headerRows).toEqual([8, 9]);
    expect(result.mapping?.columns).toMatchObject({
      price_ht: layout.columns.price,
      price_ttc: layout.columns.ttc,
    });
  });

  test.each(["P.U. H.T.", "Prix unitaire\nHT (€)", "PU HT", "Prix HT en euros", "PRIX UNITAIRES H.T."])(
    "price header %j",
    async (priceHeader) => {
      const layout = bpuLayout({ priceHeader });
      const result = await map(workbookOf(layout.sheet));
      expect(found(result)).toEqual(expected(layout));
      expect(result.mapping?.basis).toBe("HT");
    },
  );

  test.each(["PU TTC", "Prix unitaire TTC (€)", "Prix toutes taxes comprises"])(
    "a TTC price column %j",
    async (priceHeader) => {
      const layout = bpuLayout({ priceHeader });
      const result = await map(workbookOf(layout.sheet));
      expect(result.mapping?.basis).toBe("TTC");
      expect(result.mapping?.columns.price_ttc).toBe(layout.columns.price);
      expect(result.mapping?.lines[0].variant).toEqual({ ...COCKTAIL_8, basis: "TTC" });
    },
  );
});

describe("columns and rows that are not lines", () => {
  test("a hidden internal column is not read; the unit column after it is", async () => {
    const layout = bpuLayout({ hiddenColumn: true });
    const result = await map(workbookOf(layout.sheet));
    expect(found(result)).toEqual(expected(layout));
    expect(result.mapping?.hiddenColumns).toEqual([layout.columns.hidden]);
  });

  test("section headings, spacer, subtotal and total rows are not lines", async () => {
    const layout = bpuLayout({ lines: 14, sectionSize: 5 });
    const result = await map(workbookOf(layout.sheet));
    expect(found(result)).toEqual(expected(layout));
  });

  test("a hidden line is not read, and the finding names its row", async () => {
    const layout = bpuLayout({ lines: 6, hiddenLines: [2] });
    const result = await map(workbookOf(layout.sheet));
    expect(found(result)).toEqual(expected(layout));
    expect(result.findings.map((finding) => [finding.code, finding.params?.rows])).toEqual([
      ["tender.hiddenLines", String(layout.lines[1].row)],
    ]);
  });

  test("on a protected sheet, only unlocked price cells are typed into", async () => {
    const layout = bpuLayout({ protect: true });
    const result = await map(workbookOf(layout.sheet));
    expect(found(result)).toEqual(expected(layout));
  });

  test("a protected sheet read by a door that cannot see lock flags (Office.js before 1.9): cells still found", async () => {
    const layout = bpuLayout({ protect: true });
    const book = await readWorkbook(await writeWorkbook(workbookOf(layout.sheet)), "acheteur.xlsx");
    const blind = {
      ...book,
      sheets: book.sheets.map((sheet) => ({
        ...sheet,
        cells: sheet.cells.map((row) => row.map(({ locked: _locked, ...cell }) => cell)),
      })),
    };
    expect(blind.sheets[0].protected).toBe(true);
    expect(found(mapTender({ book: blind }))).toEqual(expected(layout));
  });
});

describe("long schedules", () => {
  test("600 lines with the header repeated every 40 rows: every line, no repeated header", async () => {
    const layout = bpuLayout({ lines: 600, repeatHeaderEvery: 40, sectionSize: 50 });
    const started = Date.now();
    const result = await map(workbookOf(layout.sheet));
    expect(found(result)).toEqual(expected(layout));
    // Five lines of the pool of six are standard ("Location de salle" is not).
    expect(result.mapping?.lines.filter((line) => line.status === "mapped")).toHaveLength(500);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  test("a two-row header repeated on every page", async () => {
    const layout = bpuLayout({ lines: 120, repeatHeaderEvery: 40, twoRowHeader: true });
    expect(found(await map(workbookOf(layout.sheet)))).toEqual(expected(layout));
  });

  /** Two sites in Paris and in the Hauts-de-Seine, `lines` lines shared between them, and its cocktail lines. */
  async function twoSites(lines: number) {
    const layout = bpuLayout({
      lines,
      sites: ["SITE 1 – Hôtel de Ville (Paris 4e)", "SITE 2 – Annexe de Nanterre (92)"],
      notes: ["Prix par personne, livraison comprise sur chaque site, base 40 convives."],
    });
    const result = await map(workbookOf(layout.sheet));
    const cocktails = result.mapping?.lines.filter((line) => line.designation === "Cocktail 8 pièces") ?? [];
    return { layout, result, cocktails };
  }

  test("a multi-site schedule: each site's zone governs its own lines", async () => {
    const { layout, result, cocktails } = await twoSites(12);
    expect(found(result)).toEqual(expected(layout));
    expect(cocktails.map((line) => line.variant?.delivery?.zone)).toEqual(["paris", "petite_couronne"]);
    expect(cocktails.map((line) => line.variant?.guests)).toEqual([40, 40]);
  });

  test("a designation repeated under the same conditions is read once; under other conditions, again", async () => {
    const { cocktails } = await twoSites(24);
    expect(cocktails.map((line) => line.variant?.delivery?.zone)).toEqual([
      "paris",
      "paris",
      "petite_couronne",
      "petite_couronne",
    ]);
    // The same reading (one object) for the lines of one site, another for the other site.
    expect(cocktails[1].variant).toBe(cocktails[0].variant);
    expect(cocktails[3].variant).toBe(cocktails[2].variant);
    expect(cocktails[2].variant).not.toBe(cocktails[0].variant);
    expect(new Set(cocktails.map((line) => line.row)).size).toBe(4);
  });
});

describe("which sheet", () => {
  test("a notes sheet before the BPU: the BPU is read, the notes govern its lines", async () => {
    const layout = bpuLayout();
    const notes = notesSheet(["Les prix s'entendent hors livraison et hors service."]);
    const result = await map(workbookOf(notes, layout.sheet));
    expect(found(result)).toEqual(expected(layout));
    expect(result.mapping?.conditions.map((condition) => `${condition.sheet}!${condition.cell}`)).toEqual([
      "Notes!A3",
    ]);
    expect(result.mapping?.lines[0].variant).toEqual({
      ...COCKTAIL_8,
      delivery: { included: false },
      staff: { included: false },
    });
    // A line billed alone takes no tender-wide condition.
    expect(result.mapping?.lines[4].variant).toEqual({
      product: "personnel.serveur",
      extras: [],
      unit: "heure",
      basis: "HT",
    });
  });

  test("BPU and DQE sheets: the DQE's prices are formulas on the BPU, so prices are typed in the BPU", async () => {
    const layout = bpuLayout();
    const result = await map(workbookOf(layout.sheet, dqeSheet(layout)));
    expect(found(result)).toEqual(expected(layout));
    expect(result.mapping?.columns.quantity).toBeUndefined();
    expect(result.findings).toEqual([]);
  });

  test("the DQE first in the workbook changes nothing", async () => {
    const layout = bpuLayout();
    const result = await map(workbookOf(dqeSheet(layout), layout.sheet));
    expect(found(result)).toEqual(expected(layout));
  });

  test("--sheet on the notes sheet: no price table there, said with the file and the sheet", async () => {
    const layout = bpuLayout();
    const result = await map(workbookOf(notesSheet(["Livraison comprise."]), layout.sheet), "notes");
    expect(result.mapping).toBeNull();
    expect(result.findings.map((finding) => [finding.code, finding.params])).toEqual([
      ["tender.noTableOnSheet", { file: "acheteur.xlsx", sheet: "Notes" }],
    ]);
  });

  test("a sheet that does not exist is named with the sheets there are", async () => {
    const result = await map(workbookOf(bpuLayout().sheet), "DQE");
    expect(result.findings.map((finding) => finding.params)).toEqual([
      { file: "acheteur.xlsx", sheet: "DQE", sheets: "BPU" },
    ]);
  });

  test("a workbook with no price table: one error naming the file", async () => {
    const result = await map(workbookOf(notesSheet(["Rien à chiffrer ici."])));
    expect(result.mapping).toBeNull();
    expect(result.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ["tender.noTable", "error"],
    ]);
  });
});

describe("HT or TTC", () => {
  test("a price column that does not say: the notes decide", async () => {
    const layout = bpuLayout({ priceHeader: "Prix unitaire (€)", notes: ["Les prix sont exprimés TTC."] });
    const result = await map(workbookOf(layout.sheet));
    expect(result.mapping?.basis).toBe("TTC");
    expect(result.mapping?.columns.price_ttc).toBe(layout.columns.price);
    expect(result.mapping?.lines[0].variant).toEqual({ ...COCKTAIL_8, basis: "TTC" });
  });

  test("nobody says: every line is to confirm, and a finding says why", async () => {
    const layout = bpuLayout({ priceHeader: "Prix unitaire (€)" });
    const result = await map(workbookOf(layout.sheet));
    expect(result.mapping?.basis).toBeNull();
    expect(new Set(result.mapping?.lines.map((line) => line.status))).toEqual(
      new Set(["uncertain", "unmapped"]),
    );
    expect(result.findings.map((finding) => finding.code)).toEqual(["tender.basisUnknown"]);
  });
});
