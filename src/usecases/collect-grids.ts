// The facilitator collects the grids caterers returned: many files at once, never stopping on a bad one. Each file
// is read as the standard grid (a filled template, checked by checkGridWorkbook; or the standard's JSON, by
// readGridJson) into a line and its findings; then the set is decided once: duplicates by SIRET, expiry, the
// directory of the offer, the price observatory under the statistics rule, the insertion totals. Outputs: the
// register workbook plan, the HTML report, the JSON. Faces read the files through a door and show the result.

import { jsonProblem } from "../core/json-syntax";
import {
  buildObservatoryReport,
  buildRegisterPlan,
  collectReturnedGrids,
  collectionJson,
  registerNames,
  type Collection,
  type CollectionJson,
  type ReturnedGrid,
  type TakenNames,
} from "../core/collection";
import type { Finding } from "../core/findings";
import { readGridJson } from "../core/grid";
import type { JsonFile, JsonTextFile, UnreadableFile, WorkbookFile, WorkbookPlan } from "../core/workbook";
import type { Lang, MessageKey, MessageParams } from "../i18n";
import { checkGridWorkbook, shownFindings } from "./check-grid";

/** One returned file as a face could read it. */
export type ReturnedFile = WorkbookFile | JsonFile | JsonTextFile | UnreadableFile;

export interface CollectOptions {
  /** ISO date the validity dates are compared with ("2026-11-29"): a face passes today's date. */
  readonly today: string;
}

/** A day in the machine's time zone as an ISO date ("2026-11-29"): what a face passes as today. */
export function localIsoDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The most files one collection takes: the command line refuses more before reading any. */
export const MAX_COLLECT_FILES = 5_000;

function fileError(file: string, code: string, messageKey: MessageKey, params: MessageParams): Finding {
  return { code, severity: "error", location: { file }, messageKey, params };
}

/** A JSON that is no grid at all: not an object, or another standard's. */
const NOT_A_GRID_JSON = new Set(["grid.json.notObject", "grid.json.notGrid", "grid.json.standard"]);

/** The JSON value of a text, or the finding that says it is not JSON. */
function parsedJson(file: string, text: string): Exclude<ReturnedFile, { kind: "jsonText" }> {
  const json = text.replace(/^\uFEFF/, "");
  try {
    return { kind: "json", file, value: JSON.parse(json) as unknown };
  } catch (error) {
    return { kind: "unreadable", file, reason: jsonProblem(file, json, error) };
  }
}

/** Reads one returned file; never throws on the file's content. Keep only this (not the snapshot) per file. */
export function readReturnedGrid(returned: ReturnedFile, options: CollectOptions): ReturnedGrid {
  const input = returned.kind === "jsonText" ? parsedJson(returned.file, returned.text) : returned;
  const { file } = input;
  if (input.kind === "unreadable") {
    const { messageKey, params } = input.reason;
    const finding = fileError(file, "collect.unreadable", messageKey, { file, ...params });
    return { file, reading: "unreadable", grid: null, findings: [finding] };
  }
  if (input.kind === "workbook") {
    const check = checkGridWorkbook(input.snapshot, { today: options.today });
    if (check.kind === "notTemplate") {
      const finding = fileError(file, "collect.notGrid", "collect.notGrid", { file });
      return { file, reading: "notGrid", grid: null, findings: [finding] };
    }
    return { file, reading: "grid", grid: check.grid, findings: shownFindings(check.findings) };
  }
  const { grid, findings } = readGridJson(input.value, { today: options.today });
  const shown = shownFindings(findings);
  const notGrid = !grid && shown.some((finding) => NOT_A_GRID_JSON.has(finding.code));
  return { file, reading: notGrid ? "notGrid" : "grid", grid, findings: shown };
}

/** The collection of files already read, in the order the facilitator gave them. */
export function collectGrids(grids: readonly ReturnedGrid[], options: CollectOptions): Collection {
  return collectReturnedGrids(grids, options.today);
}

export interface RegisterTarget {
  readonly lang: Lang;
  /** Names already used where the register goes (the open workbook); none for a new file. */
  readonly taken?: TakenNames;
}

/** The register workbook: a new file, or new sheets beside the open workbook's (names made free). */
export function registerPlan(collection: Collection, target: RegisterTarget): WorkbookPlan {
  return buildRegisterPlan(collection, {
    lang: target.lang,
    names: registerNames(target.lang, target.taken),
  });
}

/** The self-contained HTML report. */
export function observatoryReport(collection: Collection, lang: Lang): string {
  return buildObservatoryReport(collection, { lang });
}

/** `grille collect --json`: exactly {"grids": [...], "lines": [...]}. */
export function collectJson(collection: Collection): CollectionJson {
  return collectionJson(collection);
}
