// Grids from files for the CLI: the bytes read by the xlsx door (a filled template) or parsed as JSON, handed to
// the use cases; their findings printed one per line with their sheet and cell, in the reader's language.

import { findingCell, type Finding } from "../core/findings";
import { findingMessage } from "../core/finding-message";
import type { Grid } from "../core/grid";
import type { WorkbookSnapshot } from "../core/workbook";
import { gridFromJson, gridFromWorkbook } from "../usecases/load-grid";
import { readWorkbook } from "../xlsx/read";
import { WorkbookReadError } from "../xlsx/errors";
import type { CliContext } from "./context";
import { CliError } from "./errors";
import { isWorkbookBytes } from "../xlsx/magic";
import { parseJsonBytes, readFileOrFail } from "./io";

export function isWorkbookFile(file: string): boolean {
  return /\.xlsx$/i.test(file);
}

/** A workbook file as a snapshot; a file that is not a readable workbook is a CliError (exit 2). */
export async function readWorkbookOrFail(file: string, data?: Uint8Array): Promise<WorkbookSnapshot> {
  const bytes = data ?? new Uint8Array(await readFileOrFail(file));
  try {
    return await readWorkbook(bytes, file);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new CliError(error.messageKey, error.params);
    throw error;
  }
}

/** "Prix!D12: erreur: « cocktail.formule.6 » …" — the cell first, so a reader can go straight to it. */
export function findingLine(finding: Finding, ctx: CliContext, file: string): string {
  const cell = findingCell(finding);
  const where = cell ? `${file}: ${cell}` : file;
  const line = `${where}: ${ctx.t(`severity.${finding.severity}`)}: ${findingMessage(finding, ctx.lang)}`;
  // The standard's ids and codes are for whoever debugs or scripts, not for the caterer reading the line.
  return ctx.debug ? `${line} [${[finding.code, finding.id].filter(Boolean).join(" ")}]` : line;
}

/**
 * The grid that prices variants, from a grid JSON file or a filled template (by content as well as by name: a
 * template saved as "grille" or ".xlsm" is still read as one). Findings go to stderr; an unusable grid is one line
 * naming what stops pricing (exit 2).
 */
export async function loadGridFile(file: string, ctx: CliContext): Promise<Grid> {
  const data = await readFileOrFail(file);
  const isWorkbook = isWorkbookFile(file) || isWorkbookBytes(data);
  const load = isWorkbook
    ? gridFromWorkbook(await readWorkbookOrFail(file, new Uint8Array(data)))
    : gridFromJson(parseJsonBytes(data, file));
  // Not a template at all: one line, as `grille read` says it.
  if (!load.ok && load.reason === "notTemplate") throw new CliError("template.cli.notTemplate", { file });
  for (const finding of load.findings) ctx.err(findingLine(finding, ctx, file));
  if (load.ok) return load.grid;
  // A template with errors (a #REF! price, a version 2.0) is not "not a template": the errors printed above say
  // what to fix, and the last line must not send the caterer looking for another file.
  if (!load.blocking) throw new CliError("cli.price.templateErrors", { file });
  throw new CliError("cli.price.gridUnusable", { file, detail: findingMessage(load.blocking, ctx.lang) });
}
