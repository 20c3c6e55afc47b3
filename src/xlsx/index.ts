// The xlsx door, browser-safe part. Node file helpers are in ./node-files (CLI only).
export { readWorkbook, DEFAULT_MAX_CELLS, type ReadOptions } from "./read";
export { writeWorkbook } from "./write";
export { applyFillPlan, fillWorkbookBytes, type FillResult } from "./fill";
export { WorkbookReadError, WorkbookWriteError, type WorkbookReadErrorCode } from "./errors";
