import { readFileSync } from "node:fs";
import * as path from "node:path";
import { detail, price, variant } from "../../src/functions/functions";
import { saveMyGrid } from "../../src/usecases/my-grid";
import { installExcelRuntime, removeExcelRuntime } from "../helpers/excel-functions";
import { loadGrid } from "./pricing-helpers";

// docs/fonctions-excel.md: every French example a caterer copies into a cell, with only literal arguments, gives the
// result the guide prints, from the reference grid saved as my grid.

const GUIDE = readFileSync(path.resolve(__dirname, "../../docs/fonctions-excel.md"), "utf8");
const FUNCTIONS: Record<string, (...args: never[]) => Promise<unknown>> = {
  PRIX: price,
  VARIANTE: variant,
  DETAIL: detail,
};

/** One argument as Excel passes it: a text, a number, TRUE/FALSE, or null when left empty. */
function argument(text: string): unknown {
  const value = text.trim();
  if (value === "") return null;
  if (value.startsWith('"')) return value.slice(1, -1);
  if (value === "VRAI" || value === "FAUX") return value === "VRAI";
  return Number(value.replace(",", "."));
}

/** `=GRILLE.PRIX("a; b"; 50)` → PRIX, ["a; b", 50]; null when an argument is a cell or a range. */
function formulaCall(formula: string): { name: string; args: unknown[] } | null {
  const match = /^=GRILLE\.(\w+)\((.*)\)$/.exec(formula);
  if (!match) return null;
  // Split on the semicolons outside quotes.
  const args = match[2].split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/).map(argument);
  if (args.some((arg) => typeof arg === "number" && Number.isNaN(arg))) return null;
  return { name: match[1], args };
}

const examples = [...GUIDE.matchAll(/^\| `(=GRILLE\.[^`]+)`\s*\|\s*([^|]+)\|/gm)].flatMap(
  ([, formula, result]) => {
    const call = formulaCall(formula);
    const amount = /^(\d[\d\s]*,\d\d)/.exec(result.trim());
    return call && amount && call.name !== "DETAIL"
      ? [{ formula, call, expected: Number(amount[1].replace(/\s/g, "").replace(",", ".")) }]
      : [];
  },
);

beforeAll(() => {
  const store = new Map<string, string>();
  saveMyGrid(
    { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v), removeItem: () => {} },
    loadGrid("reference"),
  );
  installExcelRuntime(store);
});
afterAll(() => removeExcelRuntime());

test("the guide has examples of both pricing functions", () => {
  expect(examples.length).toBeGreaterThanOrEqual(7);
  expect(new Set(examples.map(({ call }) => call.name))).toEqual(new Set(["PRIX", "VARIANTE"]));
});

test.each(examples)("$formula gives $expected as printed", async ({ call, expected }) => {
  expect(await FUNCTIONS[call.name](...(call.args as never[]))).toBe(expected);
});
