import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { cents, formatEuros } from "../../src/core/money";
import { t, type Lang, type MessageKey } from "../../src/i18n";
import { MY_GRID_KEY, saveMyGrid } from "../../src/usecases/my-grid";
import {
  OFFICE_JS_CDN,
  isolateNetwork,
  launchBrowser,
  requireDist,
  serveDirectory,
} from "../helpers/browser";
import { prixSheetRange, type RangeCell } from "../helpers/excel-functions";
import { loadGrid } from "../unit/pricing-helpers";

// The built Excel functions (dist/): the metadata Excel reads, generated from the functions' JSDoc, in French and
// English; and functions.js loaded in headless Chromium with a fake CustomFunctions (and OfficeRuntime), as Excel's
// JavaScript runtime loads it: it registers its three functions, they price, and nothing goes on the network.

const dist = requireDist();

interface Parameter {
  readonly name: string;
  readonly description: string;
  readonly type: string;
  readonly dimensionality?: string;
  readonly optional?: boolean;
}
interface Metadata {
  readonly functions: readonly {
    readonly id: string;
    readonly name: string;
    readonly description: string;
    readonly parameters: readonly Parameter[];
    readonly result: { readonly type?: string; readonly dimensionality?: string };
  }[];
}

const metadata = (file: string) => JSON.parse(readFileSync(path.join(dist, file), "utf8")) as Metadata;

/** Each function's parameters: catalog key (functions.param.<key>), type, matrix or not, optional or not. */
const SIGNATURES: Readonly<Record<string, readonly (readonly [string, string, boolean, boolean])[]>> = {
  PRICE: [
    ["designation", "string", false, false],
    ["guests", "number", false, true],
    ["basis", "string", false, true],
    ["grid", "any", true, true],
  ],
  VARIANT: [
    ["product", "string", false, false],
    ["pieces", "number", false, false],
    ["guests", "number", false, false],
    ["delivery", "string", false, false],
    ["zone", "string", false, false],
    ["evening", "boolean", false, true],
    ["weekend", "boolean", false, true],
    ["extras", "string", true, true],
    ["basis", "string", false, true],
    ["grid", "any", true, true],
  ],
  DETAIL: [
    ["designation", "string", false, false],
    ["guests", "number", false, true],
    ["basis", "string", false, true],
    ["grid", "any", true, true],
  ],
};

describe.each([
  ["functions.json", "fr"],
  ["functions-en.json", "en"],
] as const)("%s lists every function with its %s names and parameter types", (file, lang: Lang) => {
  const text = (key: string) => t(lang, key as MessageKey);

  test("functions, names and descriptions are the catalog's", () => {
    const { functions } = metadata(file);
    expect(functions.map((fn) => fn.id)).toEqual(Object.keys(SIGNATURES));
    for (const fn of functions) {
      expect(fn.name).toBe(text(`functions.meta.${fn.id}.name`));
      expect(fn.description).toBe(text(`functions.meta.${fn.id}.description`));
    }
    expect(functions.map((fn) => fn.result)).toEqual([
      { type: "number" },
      { type: "number" },
      { dimensionality: "matrix" }, // any type: the plugin leaves the type out
    ]);
  });

  test("parameters: names, descriptions, types, ranges and optionals", () => {
    for (const fn of metadata(file).functions) {
      const expected = SIGNATURES[fn.id].map(([key, type, matrix, optional]) => ({
        name: text(`functions.param.${key}.name`),
        description: text(`functions.param.${key}.description`),
        type,
        ...(matrix ? { dimensionality: "matrix" } : {}),
        ...(optional ? { optional: true } : {}),
      }));
      expect(fn.parameters).toEqual(expected);
    }
  });
});

test("the French file differs from the English one only by its names and descriptions", () => {
  const strip = (meta: Metadata) =>
    JSON.stringify(meta, (key, value: unknown) => (key === "name" || key === "description" ? "" : value));
  expect(strip(metadata("functions.json"))).toBe(strip(metadata("functions-en.json")));
});

test("functions.html loads the custom functions runtime from Microsoft's CDN, then functions.js", () => {
  const html = readFileSync(path.join(dist, "functions.html"), "utf8");
  const runtime = html.indexOf(`src=${OFFICE_JS_CDN}custom-functions-runtime.js`);
  expect(runtime).toBeGreaterThan(-1);
  expect(html.indexOf("src=functions.js")).toBeGreaterThan(runtime);
});

test("functions.js needs no page: in a bare JavaScript context (no window, document or navigator) it registers and prices", async () => {
  const associated: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  const context = vm.createContext({
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => Promise<unknown>) => (associated[id] = fn),
      Error: class {},
      ErrorCode: { notAvailable: "#N/A" },
    },
    console,
  });
  vm.runInContext(readFileSync(path.join(dist, "functions.js"), "utf8"), context);
  expect(Object.keys(associated)).toEqual(["PRICE", "VARIANT", "DETAIL"]);
  const prix = await prixSheetRange(loadGrid("reference"));
  await expect(associated.PRICE("Livraison Paris", null, "TTC", prix)).resolves.toBe(49.5);
});

/** The page of a JavaScript-only runtime: the fake globals, then the bundle, nothing else. */
const HARNESS = `<!doctype html><meta charset="utf-8"><script>
  window.associated = {};
  class FakeError { constructor(code, message) { this.code = code; this.message = message; } }
  window.CustomFunctions = {
    associate: (id, fn) => { window.associated[id] = fn; },
    Error: FakeError,
    ErrorCode: { notAvailable: "#N/A", invalidValue: "#VALUE!" },
  };
  window.stored = new Map();
  window.OfficeRuntime = { storage: { getItem: async (key) => window.stored.get(key) ?? null } };
  window.Office = { context: { displayLanguage: "fr-FR" } };
  window.call = async (id, ...args) => {
    try { return await window.associated[id](...args); }
    catch (error) { return error instanceof FakeError ? { code: error.code, message: error.message } : String(error); }
  };
</script><script src="functions.js"></script>`;

test("functions.js in Chromium: registers PRICE, VARIANT and DETAIL, prices from a range and from my grid, offline", async () => {
  const prix: RangeCell[][] = await prixSheetRange(loadGrid("reference"));
  const local = new Map<string, string>();
  saveMyGrid(
    { getItem: (k) => local.get(k) ?? null, setItem: (k, v) => void local.set(k, v), removeItem: () => {} },
    loadGrid("reference"),
  );
  const server = await serveDirectory(dist);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const network = await isolateNetwork(context);
    const harness = `${server.baseUrl}functions-harness.html`;
    await context.route(harness, (route) => route.fulfill({ contentType: "text/html", body: HARNESS }));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(harness);
    await page.waitForFunction(
      () => Object.keys((window as never as { associated: object }).associated).length > 0,
    );

    const answers = await page.evaluate(
      async ({ prix, key, saved }) => {
        const w = window as never as {
          associated: Record<string, unknown>;
          stored: Map<string, string>;
          call: (id: string, ...args: unknown[]) => Promise<unknown>;
        };
        const e1 = "Cocktail 6 pièces, livraison comprise Paris";
        const fromRange = await w.call("PRICE", e1, 50, null, prix);
        const ttc = await w.call("PRICE", e1, 50, "TTC", prix);
        const fields = await w.call(
          "VARIANT",
          "cocktail",
          8,
          30,
          "comprise",
          "petite couronne",
          true,
          null,
          [["Forfait vin"]],
          null,
          prix,
        );
        const rows = await w.call("DETAIL", e1, 50, null, prix);
        const noGrid = await w.call("PRICE", "Livraison Paris");
        w.stored.set(key, saved);
        const mine = await w.call("PRICE", "Livraison Paris");
        const outside = await w.call("PRICE", "Animation DJ", 50, null, prix);
        return { ids: Object.keys(w.associated), fromRange, ttc, fields, rows, noGrid, mine, outside };
      },
      { prix, key: MY_GRID_KEY, saved: local.get(MY_GRID_KEY) as string },
    );

    expect(answers.ids).toEqual(["PRICE", "VARIANT", "DETAIL"]);
    expect([answers.fromRange, answers.ttc, answers.fields, answers.mine]).toEqual([10.5, 11.55, 18.23, 45]);
    const total = t("fr", "pricing.step.totalTtc", { ttc: formatEuros(cents(1155), "fr") });
    expect((answers.rows as unknown[][]).at(-1)).toEqual([total, 11.55]);
    expect(answers.noGrid).toEqual({ code: "#N/A", message: t("fr", "functions.grid.none") });
    expect(answers.outside).toEqual({
      code: "#N/A",
      message: t("fr", "tender.reason.outside", { matched: "Animation" }),
    });
    expect(network.blocked).toEqual([]);
    expect(network.servedFromNpm).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}, 60_000);
