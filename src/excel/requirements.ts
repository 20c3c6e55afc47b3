// Which plan features need which ExcelApi requirement set, and what to do when the host lacks it: refuse the whole
// plan (the result would be wrong: a grid without its protection or validations) or skip the feature (cosmetic).

import type { Finding } from "../core/findings";
import type { WorkbookPlan } from "../core/workbook";
import type { ExcelHost } from "./host";

export type PlanFeature =
  | "cells"
  | "merges"
  | "columnWidths"
  | "rowHeights"
  | "hiddenRowsColumns"
  | "unlockedCells"
  | "protection"
  | "protectionPassword"
  | "protectionSelection"
  | "names"
  | "freeze"
  | "tabColor"
  | "properties"
  | "validations"
  | "tables"
  | "conditionalFormats"
  | "charts"
  | "print"
  | "indent";

export interface FeatureRequirement {
  readonly feature: PlanFeature;
  /** Minimum ExcelApi version; undefined when the Excel door does not implement the feature yet. */
  readonly excelApi?: string;
  readonly whenMissing: "refuse" | "skip";
}

/** Sources: @types/office-js "[Api set: ExcelApi x.y]" of each API the door calls for the feature. */
export const FEATURE_REQUIREMENTS: readonly FeatureRequirement[] = [
  { feature: "cells", excelApi: "1.4", whenMissing: "refuse" }, // getItemOrNullObject, names.add
  { feature: "merges", excelApi: "1.2", whenMissing: "refuse" },
  { feature: "columnWidths", excelApi: "1.2", whenMissing: "skip" },
  { feature: "rowHeights", excelApi: "1.2", whenMissing: "skip" },
  { feature: "hiddenRowsColumns", excelApi: "1.2", whenMissing: "refuse" },
  { feature: "unlockedCells", excelApi: "1.2", whenMissing: "refuse" },
  { feature: "protection", excelApi: "1.2", whenMissing: "refuse" },
  { feature: "protectionPassword", excelApi: "1.7", whenMissing: "refuse" },
  // WorksheetProtectionOptions.selectionMode is 1.7 (protect's options otherwise 1.2).
  { feature: "protectionSelection", excelApi: "1.7", whenMissing: "refuse" },
  { feature: "names", excelApi: "1.4", whenMissing: "refuse" },
  { feature: "freeze", excelApi: "1.7", whenMissing: "skip" },
  { feature: "tabColor", excelApi: "1.7", whenMissing: "skip" },
  { feature: "properties", excelApi: "1.7", whenMissing: "skip" },
  { feature: "validations", excelApi: "1.8", whenMissing: "refuse" },
  { feature: "tables", excelApi: "1.3", whenMissing: "refuse" }, // showBandedRows and add(Range) are 1.3
  { feature: "conditionalFormats", excelApi: "1.6", whenMissing: "skip" },
  { feature: "charts", excelApi: "1.7", whenMissing: "skip" }, // series.add, setValues, setXAxisValues
  { feature: "print", excelApi: "1.9", whenMissing: "skip" }, // pageLayout
  // RangeFormat.indentLevel is 1.9 (office.js checks it too): an indent must not break a plan on a 1.8 host.
  { feature: "indent", excelApi: "1.9", whenMissing: "skip" },
];

/** Performance switches, used only when present (no finding when absent). */
export const SUSPEND_CALCULATION_API = "1.6";
export const SUSPEND_SCREEN_UPDATING_API = "1.9";
/** Reading cell fills and locks (getCellProperties), hidden rows/columns, and merged areas. */
export const CELL_PROPERTIES_API = "1.9";
export const MERGED_AREAS_API = "1.13";
/** Listing pivot tables by name (Worksheet.pivotTables, PivotTable.worksheet), and the range each covers (layout). */
export const PIVOT_TABLES_API = "1.3";
export const PIVOT_LAYOUT_API = "1.8";
/** The open workbook's name (Workbook.name), for the findings that name it. */
export const WORKBOOK_NAME_API = "1.7";

/** The features a plan uses. */
export function planFeatures(plan: WorkbookPlan): Set<PlanFeature> {
  const used = new Set<PlanFeature>(["cells"]);
  const mark = (feature: PlanFeature, when: unknown) => {
    if (when) used.add(feature);
  };
  for (const sheet of plan.sheets) {
    mark("merges", sheet.merges?.length);
    mark(
      "columnWidths",
      sheet.columns?.some((column) => column.width !== undefined),
    );
    mark(
      "rowHeights",
      sheet.rows?.some((row) => row.height !== undefined),
    );
    mark(
      "hiddenRowsColumns",
      [...(sheet.columns ?? []), ...(sheet.rows ?? [])].some((line) => line.hidden),
    );
    mark("protection", sheet.protection);
    mark("protectionPassword", sheet.protection?.password);
    mark("protectionSelection", sheet.protection?.allow?.selectLockedCells === false);
    mark("freeze", sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0));
    mark("tabColor", sheet.tabColor);
    mark("validations", sheet.validations?.length);
    mark("tables", sheet.tables?.length);
    mark("conditionalFormats", sheet.conditionalFormats?.length);
    mark("charts", sheet.charts?.length);
    mark("print", sheet.print);
  }
  mark(
    "unlockedCells",
    Object.values(plan.styles).some((style) => style.locked !== undefined),
  );
  mark(
    "indent",
    Object.values(plan.styles).some((style) => style.alignment?.indent !== undefined),
  );
  mark("names", plan.names?.length);
  mark("properties", plan.properties && Object.keys(plan.properties).length > 0);
  return used;
}

export interface RequirementCheck {
  /** False when a feature the plan needs is missing and cannot be skipped: nothing must be written. */
  readonly canApply: boolean;
  readonly skipped: ReadonlySet<PlanFeature>;
  readonly findings: readonly Finding[];
}

/** Checks the plan's features against the host before anything is queued. */
export function checkRequirements(
  plan: WorkbookPlan,
  host: Pick<ExcelHost, "isSetSupported">,
): RequirementCheck {
  const used = planFeatures(plan);
  const findings: Finding[] = [];
  const skipped = new Set<PlanFeature>();
  for (const requirement of FEATURE_REQUIREMENTS) {
    if (!used.has(requirement.feature)) continue;
    const version = requirement.excelApi;
    if (version !== undefined && host.isSetSupported("ExcelApi", version)) continue;
    const refuse = requirement.whenMissing === "refuse";
    if (!refuse) skipped.add(requirement.feature);
    findings.push({
      code:
        version === undefined
          ? "excel.feature.notImplemented"
          : refuse
            ? "excel.requirement.missing"
            : "excel.requirement.skipped",
      severity: refuse ? "error" : "warning",
      messageKey: `excel.feature.${requirement.feature}.${version === undefined ? "notImplemented" : refuse ? "missing" : "skipped"}`,
      params: { version: version ?? "" },
    });
  }
  return { canApply: !findings.some((finding) => finding.severity === "error"), skipped, findings };
}

/**
 * A fill reads the sheets it writes (used ranges, names: ExcelApi 1.4) and writes cell values: the "cells" feature.
 * Empty when the host has what a fill needs; otherwise the finding that says nothing was written.
 */
export function fillRequirementFindings(host: Pick<ExcelHost, "isSetSupported">): Finding[] {
  const cells = FEATURE_REQUIREMENTS.find((requirement) => requirement.feature === "cells");
  const version = cells?.excelApi ?? "1.4";
  if (host.isSetSupported("ExcelApi", version)) return [];
  return [
    {
      code: "excel.requirement.missing",
      severity: "error",
      messageKey: "excel.feature.cells.missing",
      params: { version },
    },
  ];
}
