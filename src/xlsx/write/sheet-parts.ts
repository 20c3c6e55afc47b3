// The smaller elements of a new worksheet: views (freeze panes), columns, protection, merges, validations,
// conditional formats and print setup. Each returns "" when the plan does not ask for it.

import type {
  ColumnPlan,
  ConditionalFormatPlan,
  FreezePlan,
  PrintPlan,
  ProtectionPlan,
  ValidationPlan,
} from "../../core/workbook/plan";
import { columnIndex, formatCell } from "../../core/workbook/address";
import { escapeXml } from "../xml";
import { storedFormula } from "./future-functions";
import type { SheetPasswordHash } from "./password";

export function sheetViewsXml(freeze: FreezePlan | undefined, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : "";
  if (!freeze || (freeze.rows <= 0 && freeze.columns <= 0))
    return `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`;
  const pane =
    freeze.rows > 0 && freeze.columns > 0 ? "bottomRight" : freeze.rows > 0 ? "bottomLeft" : "topRight";
  const topLeft = formatCell({ row: freeze.rows, column: freeze.columns });
  const split = `${freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : ""}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ""}`;
  return (
    `<sheetViews><sheetView${tab} workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

export function colsXml(columns: readonly ColumnPlan[] | undefined): string {
  if (!columns || columns.length === 0) return "";
  const items = columns
    .map((plan) => ({ plan, index: columnIndex(plan.column) }))
    .filter((item): item is { plan: ColumnPlan; index: number } => item.index !== undefined)
    .sort((a, b) => a.index - b.index)
    .map(({ plan, index }) => {
      const width = plan.width !== undefined ? ` width="${plan.width}" customWidth="1"` : ' width="9.140625"';
      return `<col min="${index + 1}" max="${index + 1}"${width}${plan.hidden ? ' hidden="1"' : ""}/>`;
    });
  return `<cols>${items.join("")}</cols>`;
}

function passwordAttributes(hash: SheetPasswordHash): string {
  return ` algorithmName="${hash.algorithmName}" hashValue="${hash.hashValue}" saltValue="${hash.saltValue}" spinCount="${hash.spinCount}"`;
}

/** `sheetProtection` attributes are "is protected" flags: allowing an action writes its flag as "0". */
export function protectionXml(
  protection: ProtectionPlan | undefined,
  hashPassword: (password: string) => SheetPasswordHash,
): string {
  if (!protection) return "";
  const allow = protection.allow ?? {};
  const flags = [
    protection.password ? passwordAttributes(hashPassword(protection.password)) : "",
    ' sheet="1" objects="1" scenarios="1"',
    allow.formatColumns ? ' formatColumns="0"' : "",
    allow.formatRows ? ' formatRows="0"' : "",
    allow.sort ? ' sort="0"' : "",
    allow.autoFilter ? ' autoFilter="0"' : "",
    allow.selectLockedCells === false ? ' selectLockedCells="1"' : "",
    allow.selectUnlockedCells === false ? ' selectUnlockedCells="1"' : "",
  ];
  return `<sheetProtection${flags.join("")}/>`;
}

export function mergesXml(merges: readonly string[] | undefined): string {
  if (!merges || merges.length === 0) return "";
  return `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${escapeXml(ref)}"/>`).join("")}</mergeCells>`;
}

function formula(text: string): string {
  return escapeXml(storedFormula(text));
}

/** Literal items are one quoted, comma-separated formula: no item may hold a comma, and Excel caps it at 255. */
function literalList(items: readonly string[]): string {
  const joined = items.join(",");
  if (items.some((item) => item.includes(",")) || joined.length > 255) {
    throw new Error(`list validation items need a range source (commas or over 255 characters): ${joined}`);
  }
  return `"${joined.replace(/"/g, '""')}"`;
}

function validationBody(rule: ValidationPlan["rule"]): { attributes: string; formulas: string } {
  switch (rule.type) {
    case "list": {
      const source = rule.source ?? literalList(rule.items ?? []);
      return { attributes: ' type="list"', formulas: `<formula1>${formula(source)}</formula1>` };
    }
    case "custom":
      return { attributes: ' type="custom"', formulas: `<formula1>${formula(rule.formula)}</formula1>` };
    default: {
      const operator = rule.operator === "between" ? "" : ` operator="${rule.operator}"`;
      const second = rule.max !== undefined ? `<formula2>${rule.max}</formula2>` : "";
      return {
        attributes: ` type="${rule.type}"${operator}`,
        formulas: `<formula1>${rule.min}</formula1>${second}`,
      };
    }
  }
}

export function validationsXml(validations: readonly ValidationPlan[] | undefined): string {
  if (!validations || validations.length === 0) return "";
  const items = validations.map((validation) => {
    const { attributes, formulas } = validationBody(validation.rule);
    const prompt = validation.prompt;
    const error = validation.error;
    const messages = [
      validation.allowBlank === false ? "" : ' allowBlank="1"',
      prompt ? ' showInputMessage="1"' : "",
      ' showErrorMessage="1"',
      error?.style && error.style !== "stop" ? ` errorStyle="${error.style}"` : "",
      error?.title ? ` errorTitle="${escapeXml(error.title)}"` : "",
      error ? ` error="${escapeXml(error.message)}"` : "",
      prompt?.title ? ` promptTitle="${escapeXml(prompt.title)}"` : "",
      prompt ? ` prompt="${escapeXml(prompt.message)}"` : "",
    ];
    return `<dataValidation${attributes}${messages.join("")} sqref="${escapeXml(validation.range)}">${formulas}</dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

export function conditionalFormatsXml(
  formats: readonly ConditionalFormatPlan[] | undefined,
  dxfIndex: ReadonlyMap<string, number>,
  firstPriority: number,
): string {
  return (formats ?? [])
    .map((plan, index) => {
      const priority = firstPriority + index;
      if (plan.type === "cellValue") {
        const values = plan.values.map((value) => `<formula>${formula(value)}</formula>`).join("");
        const rule = `<cfRule type="cellIs" dxfId="${dxfIndex.get(plan.style) ?? 0}" priority="${priority}" operator="${plan.operator}">${values}</cfRule>`;
        return `<conditionalFormatting sqref="${escapeXml(plan.range)}">${rule}</conditionalFormatting>`;
      }
      const stops =
        plan.colors.length >= 3
          ? '<cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/>'
          : '<cfvo type="min"/><cfvo type="max"/>';
      const colors = plan.colors
        .slice(0, 3)
        .map((color) => `<color rgb="FF${color.toUpperCase()}"/>`)
        .join("");
      return `<conditionalFormatting sqref="${escapeXml(plan.range)}"><cfRule type="colorScale" priority="${priority}"><colorScale>${stops}${colors}</colorScale></cfRule></conditionalFormatting>`;
    })
    .join("");
}

/** printOptions, pageMargins and pageSetup, in schema order. Print titles and area are defined names. */
export function printXml(print: PrintPlan | undefined): string {
  const margins = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (!print) return margins;
  const options = print.gridLines ? '<printOptions gridLines="1"/>' : "";
  const setup = [
    print.paper === "A4" || print.paper === undefined ? ' paperSize="9"' : "",
    print.orientation ? ` orientation="${print.orientation}"` : "",
    print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "",
  ].join("");
  return `${options}${margins}<pageSetup${setup}/>`;
}
