export { buildObservatoryReport, type ReportOptions } from "./report";
