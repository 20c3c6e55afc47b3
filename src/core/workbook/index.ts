export type {
  CellValue,
  CellSnapshot,
  RangeBox,
  SheetSnapshot,
  SheetVisibility,
  PivotTableSnapshot,
  TableSnapshot,
  DefinedNameSnapshot,
  WorkbookSnapshot,
} from "./snapshot";
export { EMPTY_VALUE, EMPTY_CELL } from "./snapshot";
export type { BidFile, JsonFile, JsonTextFile, UnreadableFile, WorkbookFile } from "./file-read";
export type {
  CellWrite,
  CellPlan,
  RangeStylePlan,
  FontPlan,
  BorderLine,
  BorderPlan,
  AlignmentPlan,
  StylePlan,
  ColumnPlan,
  RowPlan,
  FreezePlan,
  ValidationOperator,
  ValidationRule,
  ValidationPlan,
  ProtectionPlan,
  TablePlan,
  ConditionalFormatPlan,
  BarChartPlan,
  PrintPlan,
  SheetPlan,
  DefinedNamePlan,
  DocumentPropertiesPlan,
  WorkbookPlan,
  CellEdit,
  FillPlan,
  FillRefusal,
  FillReport,
} from "./plan";
export { buildFillPlan, type FillOptions } from "./fill-plan";
export { sheetsToRecalculate } from "./recalculated";
export { MAX_CELL_TEXT, type FillRefusalReason } from "./fill-rules";
export type { CellRef, RangeRef } from "./address";
export {
  MAX_ROWS,
  MAX_COLUMNS,
  columnLetters,
  columnIndex,
  parseCell,
  formatCell,
  parseRange,
  formatRange,
  absoluteRange,
  rangeContains,
  rangeToBox,
  quoteSheetName,
  splitSheetReference,
} from "./address";
export { cellOf, sheetOf } from "./lookup";
export { fitRowHeights, wrappedLines } from "./row-heights";
