import { writeGridJson, type Grid } from "../../src/core/grid";
import {
  LAYOUT_NAMES,
  TEMPLATE_SHEETS,
  buildTemplatePlan,
  readTemplate,
  templatePresent,
} from "../../src/core/template";
import type { CellSnapshot, WorkbookSnapshot } from "../../src/core/workbook";
import { GRID_NAMES, loadFixtureGrid, namedCell, planSnapshot, withCell } from "./template-snapshot";

const text = (value: string): CellSnapshot => ({ value: { type: "text", value } });
const number = (value: number): CellSnapshot => ({ value: { type: "number", value } });

async function filled(
  name = "reference",
  lang: "fr" | "en" = "fr",
): Promise<{ grid: Grid; snapshot: WorkbookSnapshot }> {
  const { grid } = await loadFixtureGrid(name);
  return { grid, snapshot: planSnapshot(buildTemplatePlan({ lang, grid })) };
}

function codesAt(findings: ReturnType<typeof readTemplate>["findings"]) {
  return findings.map((one) => ({
    code: one.code,
    id: one.id,
    sheet: one.location?.sheet,
    cell: one.location?.cell,
  }));
}

describe("reading back a template (plan-level snapshot)", () => {
  test.each(GRID_NAMES.flatMap((name) => [[name, "fr"] as const, [name, "en"] as const]))(
    "the %s grid in a %s template reads back exactly, without errors",
    async (name, lang) => {
      const { grid, snapshot } = await filled(name, lang);
      const reading = readTemplate(snapshot);
      expect(reading.findings.filter((one) => one.severity === "error")).toEqual([]);
      expect(reading.version).toBe("1.0");
      expect(reading.grid).not.toBeNull();
      expect(writeGridJson(reading.grid as Grid)).toEqual(writeGridJson(grid));
    },
  );

  test("a blank template reports each missing required value on its cell, and keeps the default VAT rates", () => {
    const snapshot = planSnapshot(buildTemplatePlan({ lang: "fr" }));
    const reading = readTemplate(snapshot);
    const required = reading.findings.filter((one) => one.code === "grid.required");
    expect(required.map((one) => one.id)).toEqual([
      "entreprise.raison_sociale",
      "entreprise.siret",
      "entreprise.type_structure",
    ]);
    expect(required[0].location).toMatchObject(namedCell(snapshot, "GCT_entreprise_raison_sociale"));
    expect(reading.grid?.vat).toEqual({ repas: 1000, alcool: 2000, materiel: 2000, emporter: 550 });
  });

  test("an amount typed as text is read with the French parser and flagged as a warning", async () => {
    const { snapshot } = await filled();
    const at = namedCell(snapshot, "GCT_cocktail_formule_6");
    const reading = readTemplate(withCell(snapshot, at.sheet, at.cell, text("12,50 €")));
    expect(reading.grid?.prices["cocktail.formule.6"]).toBe(1250);
    expect(codesAt(reading.findings)).toContainEqual({
      code: "template.finding.textAmount",
      id: "cocktail.formule.6",
      ...at,
    });
  });

  test("an unreadable price is an error on its cell, and no grid is given", async () => {
    const { snapshot } = await filled();
    const at = namedCell(snapshot, "GCT_plateau_classique");
    const reading = readTemplate(withCell(snapshot, at.sheet, at.cell, number(18.505)));
    expect(codesAt(reading.findings)).toContainEqual({
      code: "template.finding.amount",
      id: "plateau.classique",
      ...at,
    });
    expect(reading.grid).toBeNull();
  });

  test("a formula typed into a price cell is an error on that cell", async () => {
    const { snapshot } = await filled();
    const at = namedCell(snapshot, "GCT_buffet_froid");
    const reading = readTemplate(
      withCell(snapshot, at.sheet, at.cell, { value: { type: "number", value: 21 }, formula: "=20+1" }),
    );
    expect(codesAt(reading.findings)).toContainEqual({
      code: "template.finding.formula",
      id: "buffet.froid",
      ...at,
    });
    expect(reading.grid).toBeNull();
  });

  test("an id changed is reported where the row was and where the unknown id is", async () => {
    const { snapshot } = await filled();
    const value = namedCell(snapshot, "GCT_pause_cafe");
    const idCell = `E${value.cell.slice(1)}`;
    const reading = readTemplate(withCell(snapshot, value.sheet, idCell, text("pause.the")));
    const found = codesAt(reading.findings);
    expect(found).toContainEqual({ code: "template.finding.idMissing", id: "pause.cafe", ...value });
    expect(found).toContainEqual({
      code: "template.finding.idUnknown",
      id: undefined,
      sheet: value.sheet,
      cell: idCell,
    });
  });

  test("an id duplicated is reported on the copy", async () => {
    const { snapshot } = await filled();
    const sheet = TEMPLATE_SHEETS.fr.prices;
    const reading = readTemplate(withCell(snapshot, sheet, "E60", text("repas.assis")));
    expect(codesAt(reading.findings)).toContainEqual({
      code: "template.finding.idDuplicate",
      id: "repas.assis",
      sheet,
      cell: "E60",
    });
  });

  test("a row deleted in Excel (rows shift up, its name becomes #REF!) is reported where the row was", async () => {
    const { snapshot } = await filled();
    const target = namedCell(snapshot, "GCT_boissons_chaudes");
    const row = Number(target.cell.slice(1)) - 1;
    const sheets = snapshot.sheets.map((sheet) =>
      sheet.name === target.sheet
        ? { ...sheet, cells: sheet.cells.filter((_cells, index) => index !== row) }
        : sheet,
    );
    const names = snapshot.names.map((one) => {
      const at = namedCell(snapshot, one.name);
      const r = Number(at.cell.slice(1));
      if (at.sheet !== target.sheet || r - 1 < row) return one;
      if (r - 1 === row) return { ...one, ref: "#REF!" };
      return { ...one, ref: one.ref.replace(/\$(\d+)$/, () => `$${r - 1}`) };
    });
    const reading = readTemplate({ ...snapshot, sheets, names });
    expect(codesAt(reading.findings)).toEqual([
      {
        code: "template.finding.idMissing",
        id: "boissons.chaudes",
        sheet: target.sheet,
        cell: `E${row + 1}`,
      },
    ]);
    expect(reading.grid).toBeNull();
  });

  test("two ids swapped: each row's name points elsewhere, reported on the id cells", async () => {
    const { snapshot } = await filled();
    const first = namedCell(snapshot, "GCT_buffet_froid");
    const second = namedCell(snapshot, "GCT_buffet_chaud");
    const swapped = withCell(
      withCell(snapshot, first.sheet, `E${first.cell.slice(1)}`, text("buffet.chaud")),
      second.sheet,
      `E${second.cell.slice(1)}`,
      text("buffet.froid"),
    );
    const moved = readTemplate(swapped).findings.filter((one) => one.code === "template.finding.nameMoved");
    expect(moved.map((one) => [one.id, one.location?.cell])).toEqual([
      ["buffet.froid", `E${second.cell.slice(1)}`],
      ["buffet.chaud", `E${first.cell.slice(1)}`],
    ]);
  });

  test("a defined name removed is a warning and the value is still read on the id's row", async () => {
    const { grid, snapshot } = await filled();
    const names = snapshot.names.filter((one) => one.name !== "GCT_boissons_vin");
    const reading = readTemplate({ ...snapshot, names });
    expect(reading.findings.find((one) => one.code === "template.finding.nameMissing")?.severity).toBe(
      "warning",
    );
    expect(reading.grid?.prices["boissons.vin"]).toBe(grid.prices["boissons.vin"]);
  });

  test("protection removed is reported on the sheet", async () => {
    const { snapshot } = await filled();
    const sheet = TEMPLATE_SHEETS.fr.prices;
    const reading = readTemplate({
      ...snapshot,
      sheets: snapshot.sheets.map((one) => (one.name === sheet ? { ...one, protected: false } : one)),
    });
    expect(codesAt(reading.findings)).toContainEqual({
      code: "template.finding.protection",
      id: undefined,
      sheet,
      cell: "A1",
    });
  });

  test.each([
    ["2.0", "template.finding.version", "error"],
    ["1.3", "template.finding.versionNewer", "warning"],
  ])("version %s is reported on the version cell (%s)", async (version, code, severity) => {
    const { snapshot } = await filled();
    const at = namedCell(snapshot, LAYOUT_NAMES.version);
    const reading = readTemplate(withCell(snapshot, at.sheet, at.cell, text(version)));
    expect(reading.version).toBe(version);
    expect(reading.findings.find((one) => one.code === code)).toMatchObject({ severity, location: at });
    expect(reading.grid === null).toBe(severity === "error");
  });

  test("percent, VAT, hours, list and date cells read back in the grid's units", async () => {
    const { snapshot } = await filled("traiteur-b");
    const cell = (name: string, value: CellSnapshot) => ({ ...namedCell(snapshot, name), value });
    const edits = [
      cell("GCT_engagements_part_bio_pct", number(0.07)),
      cell("GCT_tva_repas", number(0.055)),
      cell("GCT_personnel_minimum_heures", number(3.5)),
      cell("GCT_entreprise_departements", text("75;93 , 94")),
      cell("GCT_prix_validite", { value: { type: "number", value: 46568 }, numberFormat: "yyyy-mm-dd" }),
    ];
    const edited = edits.reduce((acc, one) => withCell(acc, one.sheet, one.cell, one.value), snapshot);
    const grid = readTemplate(edited).grid as Grid;
    expect(grid.identity["engagements.part_bio_pct"]).toBe(7);
    expect(grid.vat.repas).toBe(550);
    expect(grid.minimumHours).toBe(350);
    expect(grid.identity["entreprise.departements"]).toEqual(["75", "93", "94"]);
    expect(grid.identity["prix.validite"]).toBe("2027-06-30");
  });

  test("a workbook that is not a template is said so, with no grid", () => {
    const snapshot: WorkbookSnapshot = {
      source: "autre.xlsx",
      sheets: [{ ...planSnapshot({ sheets: [{ name: "Feuil1", cells: [] }], styles: {} }).sheets[0] }],
      names: [],
    };
    const reading = readTemplate(snapshot);
    expect(reading).toMatchObject({ grid: null, version: null });
    expect(reading.findings.map((one) => one.code)).toEqual(["template.finding.notTemplate"]);
    expect(templatePresent(snapshot)).toBe(false);
  });

  test("templatePresent answers from names alone, or from sheet names", async () => {
    const { snapshot } = await filled();
    expect(templatePresent({ source: "x", sheets: [], names: snapshot.names })).toBe(true);
    const light = snapshot.sheets.map((sheet) => ({
      ...sheet,
      cells: [],
      range: { row: 0, column: 0, rowCount: 0, columnCount: 0 },
    }));
    expect(templatePresent({ source: "x", sheets: light, names: [] })).toBe(true);
  });
});
