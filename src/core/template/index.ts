export { buildTemplatePlan, type TemplateOptions } from "./build-plan";
export { readTemplate, type TemplateReading } from "./read";
export { templatePresent } from "./present";
export {
  TEMPLATE_SHEETS,
  LAYOUT_NAMES,
  README_CELLS,
  SIMULATOR_CELLS,
  SIMULATOR_FIRST_ROW,
  SIMULATOR_COLUMNS,
  COLUMNS as TEMPLATE_COLUMNS,
  type TemplateSheetNames,
} from "./layout";
export { SIMULATOR_ROWS, simulatorVariant, simulatorLabel, type SimulatorRow } from "./simulator";
export { readCellValue, type CellReading } from "./cell-read";
export { idLocation } from "./locate";
