export { cellPrice, type CellPrice, type PriceTarget, type PricedVariant } from "./cell-price";
export { gridSheets, gridTraces, type GridTraceCode } from "./grid-traces";
