// Excel.ConditionalFormatCollection (ExcelApi 1.6): cell-value rules with font/fill, and colour scales.

import { invalidArgument } from "./errors";
import { type FakeContext, FakeObject, strict } from "./runtime";
import type { RangeTarget } from "./range";
import type { FakeConditionalFormat } from "./state";
import { normalizeColor } from "./sheet-ops";

const TYPES = ["CellValue", "ColorScale"];
/** Excel.ConditionalCellValueOperator: "GreaterThanOrEqual", not data validation's "GreaterThanOrEqualTo". */
const CELL_VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];
/** Excel.ConditionalFormatColorCriterionType, less "Invalid". */
const COLOR_CRITERION_TYPES = ["LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"];

function checkCriterion(criterion: unknown, where: string): void {
  const record = (criterion ?? {}) as Record<string, unknown>;
  if (!COLOR_CRITERION_TYPES.includes(String(record.type)))
    throw invalidArgument(where, `criterion type ${String(record.type)}`);
  const needsFormula = !["LowestValue", "HighestValue"].includes(String(record.type));
  if (needsFormula && typeof record.formula !== "string")
    throw invalidArgument(where, `a ${String(record.type)} criterion needs a formula`);
}

/** Font or fill of a conditional format: colour/bold written into the record's format. */
class FakeCfFormatPart extends FakeObject<FakeConditionalFormat> {
  constructor(
    context: FakeContext,
    resolver: () => FakeConditionalFormat | null,
    private readonly prefix: string,
  ) {
    super(context, "ConditionalRangeFormatPart", resolver);
  }

  protected readers(): Readonly<Record<string, (target: FakeConditionalFormat) => unknown>> {
    return { color: (target) => target.format[`${this.prefix}color`] ?? null };
  }

  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.write(
      "color",
      value,
      (target) => (target.format[`${this.prefix}color`] = normalizeColor(value, "ConditionalFormat.color")),
    );
  }

  set bold(value: boolean) {
    this.write("bold", value, (target) => (target.format[`${this.prefix}bold`] = value));
  }
}

class FakeCellValueFormat extends FakeObject<FakeConditionalFormat> {
  readonly format: { readonly font: FakeCfFormatPart; readonly fill: FakeCfFormatPart };

  constructor(context: FakeContext, resolver: () => FakeConditionalFormat | null) {
    super(context, "CellValueConditionalFormat", resolver);
    this.format = {
      font: strict(new FakeCfFormatPart(context, resolver, "font."), "ConditionalRangeFont"),
      fill: strict(new FakeCfFormatPart(context, resolver, "fill."), "ConditionalRangeFill"),
    };
  }

  protected readers(): Readonly<Record<string, (target: FakeConditionalFormat) => unknown>> {
    return { rule: (target) => target.rule ?? {} };
  }

  get rule(): Record<string, unknown> {
    return this.read("rule");
  }
  set rule(rule: Record<string, unknown>) {
    this.write("rule", rule, (target) => {
      if (target.type !== "CellValue") throw invalidArgument("CellValueConditionalFormat.rule", target.type);
      if (typeof rule.formula1 !== "string" || typeof rule.operator !== "string") {
        throw invalidArgument("CellValueConditionalFormat.rule", "formula1 and operator are required");
      }
      if (!CELL_VALUE_OPERATORS.includes(rule.operator))
        throw invalidArgument("CellValueConditionalFormat.rule", `operator ${rule.operator}`);
      const needsSecond = rule.operator === "Between" || rule.operator === "NotBetween";
      if (needsSecond && typeof rule.formula2 !== "string")
        throw invalidArgument("CellValueConditionalFormat.rule", "formula2 missing");
      target.rule = { ...rule };
    });
  }
}

class FakeColorScale extends FakeObject<FakeConditionalFormat> {
  constructor(context: FakeContext, resolver: () => FakeConditionalFormat | null) {
    super(context, "ColorScaleConditionalFormat", resolver);
  }

  protected readers(): Readonly<Record<string, (target: FakeConditionalFormat) => unknown>> {
    return { criteria: (target) => target.criteria ?? {} };
  }

  get criteria(): Record<string, unknown> {
    return this.read("criteria");
  }
  set criteria(criteria: Record<string, unknown>) {
    this.write("criteria", criteria, (target) => {
      if (target.type !== "ColorScale" || !criteria.minimum || !criteria.maximum) {
        throw invalidArgument("ColorScaleConditionalFormat.criteria", "minimum and maximum are required");
      }
      for (const key of ["minimum", "midpoint", "maximum"])
        if (criteria[key] !== undefined)
          checkCriterion(criteria[key], "ColorScaleConditionalFormat.criteria");
      target.criteria = JSON.parse(JSON.stringify(criteria)) as Record<string, unknown>;
    });
  }
}

export class FakeConditionalFormatObject extends FakeObject<FakeConditionalFormat> {
  readonly cellValue: FakeCellValueFormat;
  readonly colorScale: FakeColorScale;

  constructor(context: FakeContext, resolver: () => FakeConditionalFormat | null) {
    super(context, "ConditionalFormat", resolver);
    this.cellValue = strict(new FakeCellValueFormat(context, resolver), "CellValueConditionalFormat");
    this.colorScale = strict(new FakeColorScale(context, resolver), "ColorScaleConditionalFormat");
  }

  protected readers(): Readonly<Record<string, (target: FakeConditionalFormat) => unknown>> {
    return { type: (target) => target.type };
  }

  get type(): string {
    return this.read("type");
  }
}

export class FakeConditionalFormatCollection extends FakeObject<RangeTarget> {
  constructor(context: FakeContext, resolver: () => RangeTarget | null) {
    super(context, "ConditionalFormatCollection", resolver);
  }

  protected readers(): Readonly<Record<string, (target: RangeTarget) => unknown>> {
    return {};
  }

  add(type: string): FakeConditionalFormatObject {
    let created: FakeConditionalFormat | null = null;
    this.invoke(
      "add",
      [type],
      ({ sheet, box }) => {
        if (!TYPES.includes(type))
          throw invalidArgument(
            "ConditionalFormatCollection.add",
            `type ${type} (fake supports ${TYPES.join(", ")})`,
          );
        created = { box, type, format: {} };
        sheet.conditionalFormats.push(created);
      },
      "ExcelApi 1.6",
    );
    return strict(new FakeConditionalFormatObject(this.context, () => created), "ConditionalFormat");
  }

  clearAll(): void {
    this.invoke(
      "clearAll",
      [],
      ({ sheet, box }) => {
        sheet.conditionalFormats = sheet.conditionalFormats.filter(
          (format) =>
            !(
              format.box.top >= box.top &&
              format.box.bottom <= box.bottom &&
              format.box.left >= box.left &&
              format.box.right <= box.right
            ),
        );
      },
      "ExcelApi 1.6",
    );
  }
}
