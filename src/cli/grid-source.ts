// Grids from files for the CLI: a filled template (.xlsx) read back through the core, and the findings of a
// reading printed one per line with their sheet and cell, in the reader's language.

import type { Finding } from "../core/findings";
import { readTemplate, type TemplateReading } from "../core/template";
import { findingMessage, type Grid } from "../core/grid";
import { readWorkbook } from "../xlsx/read";
import { WorkbookReadError } from "../xlsx/errors";
import type { CliContext } from "./context";
import { CliError } from "./errors";
import { readFileOrFail } from "./io";

export function isWorkbookFile(file: string): boolean {
  return /\.xlsx$/i.test(file);
}

/**
 * Reads a filled template; a file that is not a readable workbook is a CliError (exit 2). `data` when the bytes
 * were already read (a pipe cannot be read twice).
 */
export async function readTemplateFile(
  file: string,
  today?: string,
  data?: Uint8Array,
): Promise<TemplateReading> {
  const bytes = data ?? new Uint8Array(await readFileOrFail(file));
  try {
    const snapshot = await readWorkbook(bytes, file);
    return readTemplate(snapshot, today ? { today } : {});
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new CliError(error.messageKey, error.params);
    throw error;
  }
}

/** "Prix!D12: erreur: « cocktail.formule.6 » …" — the cell first, so a reader can go straight to it. */
export function findingLine(finding: Finding, ctx: CliContext, file: string): string {
  const where = finding.location?.sheet
    ? `${file}: ${finding.location.sheet}!${finding.location.cell ?? ""}`
    : file;
  return `${where}: ${ctx.t(`severity.${finding.severity}`)}: ${findingMessage(finding, ctx.lang)}`;
}

const NOT_TEMPLATE = "template.finding.notTemplate";

/** A grid for pricing from a filled template: findings to stderr, no grid → one clear error (exit 2). */
export async function loadTemplateGrid(file: string, ctx: CliContext, data?: Uint8Array): Promise<Grid> {
  const reading = await readTemplateFile(file, undefined, data);
  // Not a template at all: one line, as `grille read` says it, without the finding that repeats it.
  if (reading.findings.some((finding) => finding.code === NOT_TEMPLATE))
    throw new CliError("template.cli.notTemplate", { file });
  const shown = reading.findings.filter((finding) => finding.severity !== "info");
  for (const finding of shown) ctx.err(findingLine(finding, ctx, file));
  if (reading.grid) return reading.grid;
  // A template with errors (a #REF! price, a version 2.0) is not "not a template": the errors printed above say
  // what to fix, and the last line must not send the caterer looking for another file.
  throw new CliError("cli.price.templateErrors", { file });
}
