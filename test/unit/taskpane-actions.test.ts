import { readGridJson, writeGridJson } from "../../src/core/grid";
import { cents, formatEuros } from "../../src/core/money";
import { priceVariant, renderBreakdown } from "../../src/core/pricing";
import { buildTemplatePlan } from "../../src/core/template";
import type { Variant } from "../../src/core/variant";
import { createExcelHost } from "../../src/excel";
import { isMessageKey } from "../../src/i18n";
import { checkOpenWorkbook, showFindingCell } from "../../src/taskpane/actions/checkGrid";
import { createGrid } from "../../src/taskpane/actions/createGrid";
import { EXCEL_ERROR_CODES, errorMessage } from "../../src/ui/errors";
import { gridForPricingIn } from "../../src/taskpane/actions/gridSource";
import {
  MY_GRID_KEY,
  forgetMyGrid,
  gridJsonText,
  importGrid,
  loadMyGrid,
  loadPreviousGrid,
  restorePreviousGrid,
  readGridText,
  saveMyGrid,
  type KeyValueStore,
} from "../../src/usecases/my-grid";
import { priceFields, variantJson, type VariantFields } from "../../src/usecases/variant-fields";
import { DEFAULT_WORKBOOK_NAME, FakeOfficeError, createFakeExcel, type FakeInit } from "../fakes/excel";
import { WORKED_EXAMPLES, loadGrid } from "./pricing-helpers";

// The task pane's use cases without a browser: the pane's actions over the strict fake of Excel, the add-in's
// storage as a Map, and the price form's fields against the standard's worked examples.

function memoryStore(): KeyValueStore & { readonly map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

function fakeHost(init?: FakeInit, excelApi = "1.17") {
  const fake = createFakeExcel(init, { requirements: { ExcelApi: excelApi } });
  return { fake, host: createExcelHost(fake.Excel, fake.Office) };
}

const FR_SHEETS = buildTemplatePlan({ lang: "fr" }).sheets.map((sheet) => sheet.name);

describe("create the grid (one Excel.run, new sheets only)", () => {
  test("adds the template's sheets after the user's, then refuses politely the second time", async () => {
    const { fake, host } = fakeHost({ sheets: [{ name: "Budget", cells: { A1: "à garder" } }] });
    const first = await createGrid(host, "fr");
    expect(first).toMatchObject({ kind: "created", sheets: FR_SHEETS });
    expect(fake.state.sheets.map((sheet) => sheet.name)).toEqual(["Budget", ...FR_SHEETS]);

    fake.resetStats();
    expect(await createGrid(host, "fr")).toEqual({ kind: "present" });
    expect(fake.state.sheets.map((sheet) => sheet.name)).toEqual(["Budget", ...FR_SHEETS]);
    // The refusal only read: no write request was sent.
    expect(fake.stats.requests.every((request) => request.bytes < 4096)).toBe(true);
  });

  test("takes two syncs, one read and one write, on an empty workbook and on one with a large sheet", async () => {
    const empty = fakeHost();
    await createGrid(empty.host, "fr");
    const rows = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`B${i + 1}`, i] as const));
    const large = fakeHost({ sheets: [{ name: "Données", cells: rows }] });
    await createGrid(large.host, "fr");
    expect(large.fake.stats.syncs).toBe(empty.fake.stats.syncs);
    expect(empty.fake.stats.syncs).toBe(2);
  });

  test("a sheet already named like one of the template's stops it before anything is written", async () => {
    const { fake, host } = fakeHost({ sheets: [{ name: FR_SHEETS[1] }] });
    expect(await createGrid(host, "fr")).toEqual({ kind: "nameTaken", sheets: [FR_SHEETS[1]] });
    expect(fake.state.sheets.map((sheet) => sheet.name)).toEqual([FR_SHEETS[1]]);
  });

  test("an Excel without data validation (ExcelApi 1.7) is refused with the door's reason, nothing written", async () => {
    const { fake, host } = fakeHost(undefined, "1.7");
    const outcome = await createGrid(host, "fr");
    expect(outcome.kind).toBe("refused");
    expect(fake.state.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1"]);
  });
});

describe("check the grid", () => {
  test("no grid, then the template reader's findings; a finding's cell can be selected", async () => {
    const { fake, host } = fakeHost();
    expect(await checkOpenWorkbook(host)).toEqual({ kind: "notTemplate", source: DEFAULT_WORKBOOK_NAME });
    await createGrid(host, "fr");
    const outcome = await checkOpenWorkbook(host);
    if (outcome.kind !== "checked") throw new Error("grid expected");
    const located = outcome.findings.find((finding) => finding.location?.sheet && finding.location.cell);
    expect(located).toBeDefined();
    await showFindingCell(host, located!);
    expect(fake.state.selection).toEqual({
      sheet: located!.location!.sheet,
      address: located!.location!.cell,
    });
  });
});

describe("my grid in the add-in's storage", () => {
  const reference = loadGrid("reference");

  test("saved under a versioned key as the standard's JSON, read back equal; forgotten on request", () => {
    const store = memoryStore();
    expect(loadMyGrid(store)).toBeNull();
    const saved = saveMyGrid(store, reference, new Date("2026-11-28T10:00:00Z"));
    expect(MY_GRID_KEY).toMatch(/\/v1$/);
    expect(JSON.parse(store.map.get(MY_GRID_KEY)!)).toEqual({
      savedAt: "2026-11-28T10:00:00.000Z",
      grid: writeGridJson(reference),
    });
    expect(loadMyGrid(store)).toEqual(saved);
    forgetMyGrid(store);
    expect(loadMyGrid(store)).toBeNull();
  });

  test("storage holding something unreadable counts as no grid", () => {
    const store = memoryStore();
    store.setItem(MY_GRID_KEY, "{not json");
    expect(loadMyGrid(store)).toBeNull();
    store.setItem(MY_GRID_KEY, JSON.stringify({ savedAt: "x", grid: { standard: "autre" } }));
    expect(loadMyGrid(store)).toBeNull();
  });

  test("export then import gives the same grid; a file that is not JSON is one finding naming it", () => {
    const text = gridJsonText(reference);
    expect(text.endsWith("\n")).toBe(true);
    expect(readGridText(`\uFEFF${text}`, "ma-grille.json").grid).toEqual(reference);
    expect(readGridText("{oops", "notes.json")).toEqual({
      grid: null,
      findings: [
        {
          code: "pane.import.notJson",
          severity: "error",
          messageKey: "pane.import.notJson",
          location: { file: "notes.json" },
          params: { file: "notes.json" },
        },
      ],
    });
  });

  test("pricing uses the workbook's grid when it has one (saying whether my grid differs), else mine, else none", async () => {
    const store = memoryStore();
    const { host } = fakeHost();
    const source = async () => (await gridForPricingIn(store, host)).source;
    expect(await source()).toEqual({ kind: "none" });
    saveMyGrid(store, reference, new Date("2026-11-28T10:00:00Z"));
    expect(await source()).toMatchObject({ kind: "mine", grid: reference });
    await createGrid(host, "fr");
    const fromWorkbook = await source();
    expect(fromWorkbook).toMatchObject({
      kind: "workbook",
      saved: "differs",
      savedAt: "2026-11-28T10:00:00.000Z",
    });
    if (fromWorkbook.kind !== "workbook") throw new Error("unreachable");
    saveMyGrid(store, fromWorkbook.grid);
    expect(await source()).toMatchObject({ kind: "workbook", saved: "same" });
    forgetMyGrid(store);
    expect(await source()).toMatchObject({ kind: "workbook", saved: "none" });
  });

  test("an import that is no grid, or holds no price, is refused and my grid stays; a replaced grid can be restored", () => {
    const store = memoryStore();
    const mine = saveMyGrid(store, reference, new Date("2026-11-28T10:00:00Z"));
    const notGrid = importGrid(store, '{"client":"Mairie","total":1200}', "devis.json");
    expect(notGrid.stored).toBeNull();
    expect(notGrid.findings.map((finding) => finding.code)).toEqual(["pane.import.notGrid"]);
    const empty = importGrid(
      store,
      JSON.stringify({ standard: "grille-commune-traiteur", version: "1.0" }),
      "vide.json",
    );
    expect(empty.stored).toBeNull();
    expect(empty.findings[0].code).toBe("pane.import.noPrice");
    expect(loadMyGrid(store)).toEqual(mine);
    expect(loadPreviousGrid(store)).toBeNull();

    const other = { ...reference, prices: { ...reference.prices, "plateau.classique": cents(1) } };
    expect(importGrid(store, gridJsonText(other), "autre.json").stored?.grid).toEqual(other);
    expect(loadPreviousGrid(store)).toEqual(mine);
    expect(restorePreviousGrid(store)).toEqual(mine);
    expect(loadMyGrid(store)).toEqual(mine);
    // The restore can itself be undone.
    expect(loadPreviousGrid(store)?.grid).toEqual(other);
  });
});

/** The form's fields a user would fill for `variant`. */
function fieldsOf(variant: Variant): VariantFields {
  const staff = variant.staff;
  const ratio = staff?.included && staff.count == null;
  return {
    product: variant.product,
    pieces: variant.pieces === undefined ? "" : String(variant.pieces),
    extras: variant.extras,
    guests: variant.guests === undefined ? "" : String(variant.guests),
    unit: variant.unit,
    delivery: !variant.delivery ? "none" : variant.delivery.included ? "included" : "excluded",
    zone: variant.delivery?.zone ?? "paris",
    evening: variant.delivery?.evening ?? false,
    weekend: variant.delivery?.weekend ?? false,
    pickup: variant.delivery?.pickup ?? false,
    staff: !staff ? "none" : staff.included ? "included" : "excluded",
    role: staff?.role ?? "serveur",
    staffMode: ratio ? "ratio" : "count",
    staffNumber: String((ratio ? staff?.per_guests : staff?.count) ?? ""),
    hours: staff?.hours === undefined ? "" : String(staff.hours).replace(".", ","),
  };
}

describe("price a variant from the form", () => {
  const grid = loadGrid("reference");

  test.each(WORKED_EXAMPLES.map((example) => [example.name, example] as const))(
    "%s: the form's fields price as the core prices the variant",
    (_name, example) => {
      const outcome = priceFields(grid, fieldsOf(example.variant), "fr");
      const expected = priceVariant(grid, example.variant);
      if (!expected.ok) {
        expect(outcome).toEqual({ ok: false, findings: [expected.finding] });
        return;
      }
      expect(outcome).toMatchObject({
        ok: true,
        ht: formatEuros(expected.ht, "fr"),
        ttc: formatEuros(expected.ttc, "fr"),
        steps: renderBreakdown(expected.breakdown, "fr"),
      });
    },
  );

  test("blank fields are left out and text that is not a number reaches the core, which names it", () => {
    const fields = { ...fieldsOf(WORKED_EXAMPLES[0].variant), pieces: "six", delivery: "none" as const };
    expect(variantJson(fields)).toEqual({
      product: "cocktail",
      pieces: "six",
      extras: [],
      guests: 50,
      unit: "personne",
    });
    const outcome = priceFields(grid, fields, "en");
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.findings.map((finding) => finding.code)).toEqual(["variant.pieces.invalid"]);
  });
});

describe("errors in plain words", () => {
  test("an Excel error by its code, an unreadable file by its own message, anything else as unexpected", () => {
    expect(errorMessage(new FakeOfficeError("AccessDenied", "denied"))).toEqual({
      key: "pane.error.excel.AccessDenied",
      params: {},
    });
    expect(errorMessage({ messageKey: "workbook.read.notZip", params: { file: "a.xlsx" } })).toEqual({
      key: "workbook.read.notZip",
      params: { file: "a.xlsx" },
    });
    expect(errorMessage(new Error("boom"))).toEqual({
      key: "pane.error.unexpected",
      params: { detail: "boom" },
    });
  });

  test("every Excel code the pane explains has its message", () => {
    for (const code of EXCEL_ERROR_CODES) expect(isMessageKey(errorMessage({ code }).key)).toBe(true);
    // office.js's own code for "the user is typing in a cell" (Excel.ErrorCodes.invalidOperationInCellEditMode).
    expect(errorMessage({ code: "InvalidOperationInCellEditMode" }).key).toBe(
      "pane.error.excel.InvalidOperationInCellEditMode",
    );
  });
});

test("the reference grid reads without errors (the fixture the browser flows import)", () => {
  const { findings } = readGridJson(writeGridJson(loadGrid("reference")));
  expect(findings.filter((finding) => finding.severity === "error")).toEqual([]);
});
