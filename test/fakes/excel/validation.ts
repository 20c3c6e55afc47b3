// Excel.DataValidation (ExcelApi 1.8), faked with Office.js's rule checks: exactly one rule type, a known operator,
// formula1 always and formula2 for Between/NotBetween, a non-empty list source.

import { type Box, intersects } from "./address";
import { invalidArgument } from "./errors";
import { type FakeContext, FakeObject } from "./runtime";
import type { RangeTarget } from "./range";
import type { FakeSheet, FakeValidation } from "./state";

const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];
const BASIC = ["wholeNumber", "decimal", "textLength", "date", "time"];
const TYPE_NAMES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};

function checkRule(rule: unknown): Record<string, unknown> {
  const where = "DataValidation.rule";
  if (rule === null || typeof rule !== "object") throw invalidArgument(where, "rule must be an object");
  const record = rule as Record<string, unknown>;
  const kinds = Object.keys(record).filter((key) => record[key] !== undefined);
  if (kinds.length !== 1 || !(kinds[0] in TYPE_NAMES))
    throw invalidArgument(where, `rule kinds ${kinds.join(",")}`);
  const body = record[kinds[0]] as Record<string, unknown>;
  if (BASIC.includes(kinds[0])) {
    if (!OPERATORS.includes(String(body.operator)))
      throw invalidArgument(where, `operator ${String(body.operator)}`);
    if (body.formula1 === undefined || body.formula1 === "") throw invalidArgument(where, "formula1 missing");
    const needsSecond = body.operator === "Between" || body.operator === "NotBetween";
    if (needsSecond && (body.formula2 === undefined || body.formula2 === ""))
      throw invalidArgument(where, "formula2 missing");
  } else if (kinds[0] === "list") {
    if (typeof body.source !== "string" || body.source === "")
      throw invalidArgument(where, "list source missing");
  } else if (typeof body.formula !== "string" || !body.formula.startsWith("=")) {
    throw invalidArgument(where, "custom formula missing");
  }
  return JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
}

/**
 * Excel's storage limits for the texts of a validation (MS-XLSB DValStrings: titles "MUST be less than or equal to
 * 32 characters", error text 225, prompt text 255): Excel cannot keep longer ones, so the fake refuses them.
 */
function checkTexts(value: Record<string, unknown>, where: string, messageMax: number): void {
  const title = typeof value.title === "string" ? value.title : "";
  const message = typeof value.message === "string" ? value.message : "";
  if (title.length > 32) throw invalidArgument(where, `title of ${title.length} characters (max 32)`);
  if (message.length > messageMax)
    throw invalidArgument(where, `message of ${message.length} characters (max ${messageMax})`);
}

/** `outer` minus `hole`, as up to four boxes. */
function subtract(outer: Box, hole: Box): Box[] {
  if (!intersects(outer, hole)) return [outer];
  const parts: Box[] = [];
  if (outer.top < hole.top) parts.push({ ...outer, bottom: hole.top - 1 });
  if (outer.bottom > hole.bottom) parts.push({ ...outer, top: hole.bottom + 1 });
  const top = Math.max(outer.top, hole.top);
  const bottom = Math.min(outer.bottom, hole.bottom);
  if (outer.left < hole.left) parts.push({ top, bottom, left: outer.left, right: hole.left - 1 });
  if (outer.right > hole.right) parts.push({ top, bottom, left: hole.right + 1, right: outer.right });
  return parts;
}

function clearBox(sheet: FakeSheet, box: Box): void {
  sheet.validations = sheet.validations.flatMap((validation) =>
    subtract(validation.box, box).map((part) => ({ ...validation, box: part })),
  );
}

function sameBox(a: Box, b: Box): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** The validation of exactly this box, created empty (no rule) when absent. */
function validationOf({ sheet, box }: RangeTarget): FakeValidation {
  const found = sheet.validations.find((validation) => sameBox(validation.box, box));
  if (found) return found;
  clearBox(sheet, box);
  const created: FakeValidation = { box, rule: {}, ignoreBlanks: true };
  sheet.validations.push(created);
  return created;
}

export class FakeDataValidation extends FakeObject<RangeTarget> {
  constructor(context: FakeContext, resolver: () => RangeTarget | null) {
    super(context, "DataValidation", resolver);
  }

  protected readers(): Readonly<Record<string, (target: RangeTarget) => unknown>> {
    const covering = ({ sheet, box }: RangeTarget) =>
      sheet.validations.filter((validation) => intersects(validation.box, box));
    const single = (target: RangeTarget) => {
      const found = covering(target);
      return found.length === 1 && sameBox(found[0].box, target.box) ? found[0] : undefined;
    };
    return {
      type: (target) => {
        const found = covering(target);
        if (found.length === 0) return "None";
        const only = single(target);
        const kind = only ? Object.keys(only.rule)[0] : undefined;
        return only ? (kind ? TYPE_NAMES[kind] : "None") : "Inconsistent";
      },
      rule: (target) => single(target)?.rule ?? {},
      ignoreBlanks: (target) => single(target)?.ignoreBlanks ?? true,
      prompt: (target) => single(target)?.prompt ?? { showPrompt: false, title: "", message: "" },
      errorAlert: (target) =>
        single(target)?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" },
    };
  }

  get type(): string {
    return this.read("type");
  }
  get rule(): Record<string, unknown> {
    return this.read("rule");
  }
  set rule(rule: Record<string, unknown>) {
    this.write(
      "rule",
      rule,
      (target) => {
        const checked = checkRule(rule);
        clearBox(target.sheet, target.box);
        target.sheet.validations.push({ box: target.box, rule: checked, ignoreBlanks: true });
      },
      "ExcelApi 1.8",
    );
  }

  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this.write(
      "ignoreBlanks",
      value,
      (target) => (validationOf(target).ignoreBlanks = value),
      "ExcelApi 1.8",
    );
  }

  get prompt(): Record<string, unknown> {
    return this.read("prompt");
  }
  set prompt(value: Record<string, unknown>) {
    this.write(
      "prompt",
      value,
      (target) => {
        checkTexts(value, "DataValidation.prompt", 255);
        validationOf(target).prompt = { ...value };
      },
      "ExcelApi 1.8",
    );
  }

  get errorAlert(): Record<string, unknown> {
    return this.read("errorAlert");
  }
  set errorAlert(value: Record<string, unknown>) {
    this.write(
      "errorAlert",
      value,
      (target) => {
        if (value.style !== undefined && !["Stop", "Warning", "Information"].includes(String(value.style))) {
          throw invalidArgument("DataValidation.errorAlert", `style ${String(value.style)}`);
        }
        checkTexts(value, "DataValidation.errorAlert", 225);
        validationOf(target).errorAlert = { ...value };
      },
      "ExcelApi 1.8",
    );
  }

  clear(): void {
    this.invoke("clear", [], (target) => clearBox(target.sheet, target.box), "ExcelApi 1.8");
  }
}
