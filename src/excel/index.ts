// The Excel door (Office.js): read the open workbook into a snapshot, apply a workbook plan or a fill plan to it.
export { applyPlan } from "./apply";
export { ExcelWriteError } from "./write-failure";
export type { WriteFailureKey } from "./write-failure";
export type { ApplyOptions, ApplyReport } from "./apply";
export { readSnapshot, READ_BYTES_PER_CELL } from "./read";
export { readOutline, type WorkbookOutline } from "./outline";
export { applyFillPlan, fillOpenWorkbook } from "./fill";
export type { ExcelFillOptions, ExcelFillReport, OpenWorkbookFillOptions } from "./fill";
export type { ReadOptions } from "./read";
export { createExcelHost, hasExcelApi } from "./host";
export type { ExcelHost, ExcelLike, OfficeLike } from "./host";
export {
  FEATURE_REQUIREMENTS,
  checkRequirements,
  fillRequirementFindings,
  planFeatures,
} from "./requirements";
export type { FeatureRequirement, PlanFeature, RequirementCheck } from "./requirements";
export { DEFAULT_PAYLOAD_LIMIT_BYTES, chunkByBytes } from "./batches";
export { cellBlocks, rectangles } from "./blocks";
export { excelWouldReinterpret, TEXT_NUMBER_FORMAT } from "./text";
export { columnWidthPoints } from "./sheet-writes";
export { CREATE_WORKBOOK_API, canCreateWorkbook, openAsNewWorkbook, toBase64 } from "./new-workbook";
export type { WorkbookCreator } from "./new-workbook";
