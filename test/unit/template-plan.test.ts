import { CATALOGUE, STANDARD_NAME, STANDARD_VERSION } from "../../src/core/grid";
import { LAYOUT_NAMES, SIMULATOR_ROWS, TEMPLATE_SHEETS, buildTemplatePlan } from "../../src/core/template";
import {
  parseCell,
  splitSheetReference,
  type CellPlan,
  type SheetPlan,
  type WorkbookPlan,
} from "../../src/core/workbook";
import { t, type Lang } from "../../src/i18n";
import { loadFixtureGrid } from "./template-snapshot";

const LANGS: readonly Lang[] = ["fr", "en"];

function sheetOf(plan: WorkbookPlan, name: string): SheetPlan {
  const sheet = plan.sheets.find((one) => one.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function target(
  plan: WorkbookPlan,
  name: string,
): { sheet: SheetPlan; cell: CellPlan | undefined; address: string } {
  const found = (plan.names ?? []).find((one) => one.name === name);
  if (!found) throw new Error(`no defined name ${name}`);
  const { sheet, range } = splitSheetReference(found.ref);
  const address = range.replace(/\$/g, "");
  const sheetPlan = sheetOf(plan, sheet ?? "");
  return { sheet: sheetPlan, cell: sheetPlan.cells.find((one) => one.cell === address), address };
}

describe.each(LANGS)("the %s template plan", (lang) => {
  const plan = buildTemplatePlan({ lang });
  const sheets = TEMPLATE_SHEETS[lang];

  test("has the read-me, identity, prices, VAT and simulator sheets in that order", () => {
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual([
      sheets.readme,
      sheets.identity,
      sheets.prices,
      sheets.vat,
      sheets.simulator,
    ]);
  });

  test("names the standard and the version cells of the read-me", () => {
    expect(target(plan, LAYOUT_NAMES.standard).cell?.write).toEqual({ kind: "text", value: STANDARD_NAME });
    expect(target(plan, LAYOUT_NAMES.version).cell?.write).toEqual({ kind: "text", value: STANDARD_VERSION });
    expect(target(plan, LAYOUT_NAMES.version).sheet.name).toBe(sheets.readme);
    const refs = (plan.names ?? []).map((one) => one.ref);
    expect(refs.every((ref) => /^('[^']+'|[A-Za-z]+)!\$[A-Z]+\$\d+$/.test(ref))).toBe(true);
  });

  test.each(CATALOGUE.map((item) => [item.id, item] as const))(
    "%s: one defined name on an unlocked yellow cell with a validation, its id on the same row",
    (_id, item) => {
      const { sheet, cell, address } = target(plan, item.excelName);
      const style = plan.styles[cell?.style ?? ""];
      expect(style.locked).toBe(false);
      expect(style.fill).toBe("FFF2CC");
      expect(sheet.validations?.filter((one) => one.range === address)).toHaveLength(1);
      const row = parseCell(address)?.row;
      const idCells = sheet.cells.filter((one) => one.write.kind === "text" && one.write.value === item.id);
      expect(idCells).toHaveLength(1);
      expect(parseCell(idCells[0].cell)?.row).toBe(row);
      expect(plan.styles[idCells[0].style ?? ""].font?.size).toBeLessThan(10);
    },
  );

  test("every sheet is protected without a password by default; locked is the default of every other style", () => {
    for (const sheet of plan.sheets) expect(sheet.protection).toBeDefined();
    expect(plan.sheets.every((sheet) => sheet.protection?.password === undefined)).toBe(true);
    const unlocked = Object.entries(plan.styles).filter(([, style]) => style.locked === false);
    expect(unlocked.every(([, style]) => style.fill === "FFF2CC")).toBe(true);
  });

  test("a password given protects every sheet with it", () => {
    const locked = buildTemplatePlan({ lang, password: "secret" });
    expect(locked.sheets.map((sheet) => sheet.protection?.password)).toEqual(
      locked.sheets.map(() => "secret"),
    );
  });

  test("input sheets have frozen headers, A4 print setup, € formats on prices", () => {
    for (const name of [sheets.identity, sheets.prices, sheets.vat]) {
      const sheet = sheetOf(plan, name);
      expect(sheet.freeze?.rows).toBeGreaterThan(0);
      expect(sheet.print?.paper).toBe("A4");
    }
    const price = target(plan, "GCT_cocktail_formule_6").cell;
    expect(plan.styles[price?.style ?? ""].numberFormat).toContain("€");
  });

  test("validation prompts and errors are in the template's language", () => {
    const money = target(plan, "GCT_cocktail_formule_6");
    const validation = money.sheet.validations?.find((one) => one.range === money.address);
    expect(validation?.prompt?.message).toBe(t(lang, "template.validation.money.prompt"));
    expect(validation?.error?.message).toBe(t(lang, "template.validation.money.error"));
    const siret = target(plan, "GCT_entreprise_siret");
    const rule = siret.sheet.validations?.find((one) => one.range === siret.address)?.rule;
    expect(rule?.type).toBe("custom");
  });

  test("no text written into the template is a missing message", () => {
    const texts = plan.sheets.flatMap((sheet) => [
      ...sheet.cells.map((cell) => (cell.write.kind === "text" ? cell.write.value : "")),
      ...(sheet.validations ?? []).flatMap((one) => [one.prompt?.message ?? "", one.error?.message ?? ""]),
    ]);
    expect(texts.filter((text) => text.includes("[template.") || text.includes("{"))).toEqual([]);
  });

  test("the simulator prices every common variant with live formulas over the grid's names and its two cells", () => {
    const simulator = sheetOf(plan, sheets.simulator);
    const formulas = simulator.cells.filter((cell) => cell.write.kind === "formula");
    expect(formulas).toHaveLength(SIMULATOR_ROWS.length * 2);
    SIMULATOR_ROWS.forEach((row, index) => {
      const [ht, ttc] = formulas
        .slice(index * 2, index * 2 + 2)
        .map((cell) => (cell.write.kind === "formula" ? cell.write.formula : ""));
      for (const formula of [ht, ttc]) {
        expect(formula.startsWith("=")).toBe(true);
        expect(formula.includes(LAYOUT_NAMES.guests)).toBe(row.delivery);
        expect(formula.includes(LAYOUT_NAMES.zone)).toBe(row.delivery);
        expect(formula).not.toContain("987654");
        expect(formula.length).toBeLessThan(8192);
      }
      expect(ht).toContain("GCT_");
    });
    expect(target(plan, LAYOUT_NAMES.guests).cell?.write).toEqual({ kind: "number", value: 50 });
    expect(target(plan, LAYOUT_NAMES.zone).cell?.write).toEqual({ kind: "text", value: "paris" });
  });
});

test("a grid given pre-fills the input cells through the template contract (cents → euros, rates → fractions)", async () => {
  const { grid } = await loadFixtureGrid("reference");
  const plan = buildTemplatePlan({ lang: "fr", grid });
  expect(target(plan, "GCT_cocktail_formule_6").cell?.write).toEqual({ kind: "number", value: 9.6 });
  expect(target(plan, "GCT_cocktail_formule_15").cell?.write).toEqual({ kind: "empty" });
  expect(target(plan, "GCT_tva_emporter").cell?.write).toEqual({ kind: "number", value: 0.055 });
  expect(target(plan, "GCT_entreprise_siret").cell?.write).toEqual({ kind: "text", value: "73282932000074" });
});

test("the French and English templates differ only in words, not in ids or names", () => {
  const [fr, en] = LANGS.map((lang) => buildTemplatePlan({ lang }));
  expect(fr.names?.map((one) => one.name)).toEqual(en.names?.map((one) => one.name));
  expect(TEMPLATE_SHEETS.fr.prices).not.toBe(TEMPLATE_SHEETS.en.prices);
});
