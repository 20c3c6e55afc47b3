import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { run, type CliStreams } from "../../src/cli/main";
import { buildTemplatePlan, TEMPLATE_SHEETS } from "../../src/core/template";
import type { Grid } from "../../src/core/grid";
import { readWorkbookFile, writeWorkbookFile } from "../../src/xlsx/node-files";

// What the Excel functions' runtime gives them, played in Node: the CustomFunctions and OfficeRuntime globals (a fake
// of each, like the one the browser test installs), the values of a range as Excel passes them, and the answer of
// `grille price` for the same line, to compare with.

/** An error a function threw as Excel's runtime would show it: its code (#N/A…) and message. */
export class FakeFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** Installs fake CustomFunctions, OfficeRuntime.storage (holding `stored`) and Office (display language). */
export function installExcelRuntime(
  stored: ReadonlyMap<string, string> | null,
  displayLanguage = "fr-FR",
): void {
  const globals = globalThis as Record<string, unknown>;
  globals.CustomFunctions = {
    Error: FakeFunctionError,
    ErrorCode: { notAvailable: "#N/A", invalidValue: "#VALUE!" },
    associate: () => undefined,
  };
  globals.OfficeRuntime = stored
    ? { storage: { getItem: async (key: string) => stored.get(key) ?? null } }
    : undefined;
  globals.Office = { context: { displayLanguage } };
}

export function removeExcelRuntime(): void {
  const globals = globalThis as Record<string, unknown>;
  delete globals.CustomFunctions;
  delete globals.OfficeRuntime;
  delete globals.Office;
}

/** A function's answer: the number it returned, or the error it threw (code and message). */
export async function answerOf(call: Promise<unknown>): Promise<unknown> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof FakeFunctionError) return { code: error.code, message: error.message };
    throw error;
  }
}

export type RangeCell = number | string | boolean | null;

/**
 * The Prix sheet of the standard template filled with `grid`, written to a real .xlsx and read back, as the 2-D
 * array Excel passes for the range A1:E<last row> (empty cells as null).
 */
export async function prixSheetRange(grid: Grid): Promise<RangeCell[][]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "grille-prix-"));
  try {
    const file = path.join(dir, "modele.xlsx");
    await writeWorkbookFile(file, buildTemplatePlan({ lang: "fr", grid }));
    const snapshot = await readWorkbookFile(file);
    const sheet = snapshot.sheets.find((one) => one.name === TEMPLATE_SHEETS.fr.prices);
    if (!sheet) throw new Error("no Prix sheet in the template");
    const rows: RangeCell[][] = [];
    for (let r = 0; r < sheet.range.row + sheet.range.rowCount; r += 1) {
      const cells = sheet.cells[r - sheet.range.row] ?? [];
      rows.push(
        [0, 1, 2, 3, 4].map((c) => {
          const value = cells[c - sheet.range.column]?.value;
          return value && value.type !== "empty" && value.type !== "error" ? value.value : null;
        }),
      );
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function grille(args: readonly string[]): Promise<{ code: number; out: string }> {
  let out = "";
  let err = "";
  const streams: CliStreams = {
    out: (text) => (out += `${text}\n`),
    err: (text) => (err += `${text}\n`),
    env: {},
  };
  const code = await run(["node", "grille", "price", ...args, "--lang", "fr"], streams);
  if (err !== "") throw new Error(`grille price ${args.join(" ")}: ${err}`);
  return { code, out };
}

/** `grille price … --json --lang fr` in this process: its JSON lines and exit code. */
export async function grillePrice(...args: string[]): Promise<{ code: number; lines: PriceJsonLine[] }> {
  const { code, out } = await grille([...args, "--json"]);
  return { code, lines: JSON.parse(out) as PriceJsonLine[] };
}

/**
 * What a cell shows for the line `grille price` answers: the amount in `basis` (from --json), or #N/A with the
 * message a caterer reads after "Non chiffré :" (the human output, which names lines by their labels).
 */
export async function cliCell(args: readonly string[], basis: "HT" | "TTC"): Promise<unknown> {
  const { code, lines } = await grillePrice(...args);
  if (!lines[0].error) return cellOfCli(lines[0], basis);
  if (code !== 1) throw new Error(`grille price ${args.join(" ")}: exit ${code} for a line not priced`);
  const { out } = await grille(args);
  return { code: "#N/A", message: /Non chiffré : (.*)/.exec(out)?.[1] };
}

export interface PriceJsonLine {
  readonly id: string;
  readonly ht?: number;
  readonly ttc?: number;
  readonly breakdown?: readonly string[];
  readonly error?: { readonly code: string; readonly message: string };
}

/** What a cell shows for a line `grille price --json` priced: the amount in `basis`. */
export function cellOfCli(line: PriceJsonLine, basis: "HT" | "TTC"): unknown {
  if (line.error) return { code: "#N/A", message: line.error.message };
  return basis === "TTC" ? line.ttc : line.ht;
}
