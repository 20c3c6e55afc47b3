import type { Finding } from "../../core/findings";
import { readGridJson, writeGridJson, type Grid, type GridReadResult } from "../../core/grid";

// My grid as a JSON file (the standard's section 3): the text to download, and an imported file's text read back.

export const GRID_JSON_TYPE = "application/json";

/** The file's text: the standard JSON, indented for a human reader, ending with a newline. */
export function gridJsonText(grid: Grid): string {
  return `${JSON.stringify(writeGridJson(grid), null, 2)}\n`;
}

/** "grille-commune-2026-11-28.json": the day in the name tells two exports apart. */
export function gridFileName(now: Date = new Date()): string {
  return `grille-commune-${now.toISOString().slice(0, 10)}.json`;
}

const NOT_JSON: Finding = {
  code: "pane.import.notJson",
  severity: "error",
  messageKey: "pane.import.notJson",
};

/** An imported file's text: not JSON at all is one finding; otherwise the standard's reader decides. */
export function readGridText(text: string, fileName: string): GridReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return {
      grid: null,
      findings: [{ ...NOT_JSON, location: { file: fileName }, params: { file: fileName } }],
    };
  }
  return readGridJson(value);
}
