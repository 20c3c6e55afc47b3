// Each file's line, as every output shows it (register, report, command line, task pane): who, what state, how many
// errors and warnings, the share of the standard's lines offered, and a note in words (which file was kept for a
// SIRET met twice, why a grid is left out, why a file could not be read).

import { findingMessage } from "../finding-message";
import { t, type KeySuffix } from "../../i18n";
import type { Lang } from "../../i18n/types";
import { LINE_COUNT, listOf, nameOf, offeredLines, siretOf, textOf, validUntilOf } from "./identity";
import type { CollectedGrid, GridStatus } from "./model";

/** A column of the list of received grids (register and report): one of the `collect.column.*` texts. */
export type GridHeader = KeySuffix<"collect.column.">;

export interface GridLine {
  readonly file: string;
  readonly name: string;
  readonly siret: string;
  readonly type: string;
  readonly departments: readonly string[];
  readonly validUntil: string;
  readonly status: GridStatus;
  readonly errors: number;
  readonly warnings: number;
  /** Price lines offered, and the standard's count (33): null without a grid. */
  readonly offered: { readonly lines: number; readonly of: number } | null;
  /** Words on the choice made for this file; "" when there is nothing to say. */
  readonly note: string;
}

function duplicateNote(grid: CollectedGrid, lang: Lang): string | null {
  const duplicate = grid.duplicate;
  if (!duplicate) return null;
  const later = duplicate.choice === "laterValidity";
  if (grid.status !== "replaced") {
    const others = duplicate.files.filter((file) => file !== grid.file).join(", ");
    return t(lang, later ? "collect.note.keptLater" : "collect.note.keptLaterFile", { others });
  }
  return t(lang, later ? "collect.note.replacedLater" : "collect.note.replacedLaterFile", {
    kept: duplicate.kept,
  });
}

function statusNote(grid: CollectedGrid, lang: Lang, today: string): string | null {
  if (grid.status === "expired")
    return t(lang, "collect.note.expired", { date: validUntilOf(grid.grid), today });
  if (grid.status === "errors") return t(lang, "collect.note.errors");
  if (grid.status === "notGrid" || grid.status === "unreadable") {
    const reason = grid.findings.find((finding) => finding.severity === "error");
    return reason ? findingMessage(reason, lang) : null;
  }
  return null;
}

export function gridLine(grid: CollectedGrid, lang: Lang, today: string): GridLine {
  const count = (severity: "error" | "warning") =>
    grid.findings.filter((finding) => finding.severity === severity).length;
  const notes = [duplicateNote(grid, lang), statusNote(grid, lang, today)].filter(
    (note): note is string => note !== null,
  );
  return {
    file: grid.file,
    name: nameOf(grid.grid),
    siret: siretOf(grid.grid),
    type: textOf(grid.grid, "entreprise.type_structure"),
    departments: listOf(grid.grid, "entreprise.departements"),
    validUntil: validUntilOf(grid.grid),
    status: grid.status,
    errors: count("error"),
    warnings: count("warning"),
    offered: grid.grid ? { lines: offeredLines(grid.grid).length, of: LINE_COUNT } : null,
    note: notes.join(" "),
  };
}
