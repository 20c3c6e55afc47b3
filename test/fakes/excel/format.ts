// Excel.RangeFormat and its parts (fill, font, protection, borders), faked for the subset the Excel door uses.

import { boxColumns, boxRows } from "./address";
import { invalidArgument } from "./errors";
import type { RangeTarget } from "./range";
import { type FakeContext, FakeObject, type Loadable, strict } from "./runtime";
import { checkCellCount, guardProtection, normalizeColor, uniformFormat, updateCells } from "./sheet-ops";

type Readers = Readonly<Record<string, (target: RangeTarget) => unknown>>;

/** Sets one format property on every cell of the range (refused on locked cells of a protected sheet). */
function setFormat(
  target: RangeTarget,
  path: string,
  value: string | number | boolean,
  location: string,
): void {
  checkCellCount(target.box, location);
  guardProtection(target.sheet, target.box, location, true);
  updateCells(target.sheet, target.box, (cell) => (cell.format[path] = value));
}

/** A format leaf object (fill, font, protection, a border edge): each property maps to a cell format path. */
export class FakeFormatPart extends FakeObject<RangeTarget> {
  constructor(
    context: FakeContext,
    entity: string,
    resolver: () => RangeTarget | null,
    private readonly prefix: string,
    private readonly properties: Readonly<Record<string, "color" | "string" | "number" | "boolean">>,
    private readonly set?: string,
    /** Allowed strings of enum-typed properties (Office refuses others with InvalidArgument). */
    private readonly enums: Readonly<Record<string, readonly string[]>> = {},
  ) {
    super(context, entity, resolver);
    for (const name of Object.keys(properties)) {
      Object.defineProperty(this, name, {
        get: () => this.read(name),
        set: (value: unknown) => this.writePart(name, value),
        enumerable: true,
      });
    }
  }

  protected readers(): Readers {
    const readers: Record<string, (target: RangeTarget) => unknown> = {};
    for (const name of Object.keys(this.properties)) {
      readers[name] = (target) => uniformFormat(target.sheet, target.box, this.prefix + name);
    }
    return readers;
  }

  private writePart(name: string, value: unknown): void {
    const kind = this.properties[name];
    const location = `${this.entity}.${name}`;
    this.write(
      name,
      value,
      (target) => {
        const checked = kind === "color" ? normalizeColor(value, location) : value;
        if (kind !== "color" && typeof checked !== kind)
          throw invalidArgument(location, `${typeof value} given`);
        const allowed = this.enums[name];
        if (allowed && !allowed.includes(checked as string))
          throw invalidArgument(location, `"${String(checked)}" is not one of ${allowed.join(", ")}`);
        setFormat(target, this.prefix + name, checked as string | number | boolean, location);
      },
      this.set,
    );
  }

  clear(): void {
    this.invoke("clear", [], (target) =>
      updateCells(target.sheet, target.box, (cell) => {
        for (const name of Object.keys(this.properties)) delete cell.format[this.prefix + name];
      }),
    );
  }
}

// Enum strings of Excel.HorizontalAlignment, VerticalAlignment, RangeUnderlineStyle, BorderLineStyle, BorderWeight.
export const HORIZONTAL_ALIGNMENTS = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
export const VERTICAL_ALIGNMENTS = ["Top", "Center", "Bottom", "Justify", "Distributed"];
export const UNDERLINE_STYLES = ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"];
export const BORDER_STYLES = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
];
export const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"];

export class FakeBorders extends FakeObject<RangeTarget> {
  protected readers(): Readers {
    return {};
  }

  getItem(edge: string): FakeFormatPart {
    this.context.call("RangeBorderCollection.getItem");
    const resolver = () => {
      if (!BORDER_EDGES.includes(edge)) throw invalidArgument("RangeBorderCollection.getItem", edge);
      return this.target();
    };
    const part = new FakeFormatPart(
      this.context,
      "RangeBorder",
      resolver,
      `borders.${edge}.`,
      { style: "string", color: "color", weight: "string" },
      undefined,
      { style: BORDER_STYLES, weight: BORDER_WEIGHTS },
    );
    return strict(part, "RangeBorder");
  }
}

export class FakeRangeFormat extends FakeObject<RangeTarget> {
  readonly fill: FakeFormatPart;
  readonly font: FakeFormatPart;
  readonly protection: FakeFormatPart;
  readonly borders: FakeBorders;

  constructor(context: FakeContext, resolver: () => RangeTarget | null) {
    super(context, "RangeFormat", resolver);
    const part = (
      entity: string,
      prefix: string,
      props: Record<string, "color" | "string" | "number" | "boolean">,
      set?: string,
      enums?: Record<string, readonly string[]>,
    ) => strict(new FakeFormatPart(context, entity, resolver, prefix, props, set, enums), entity);
    this.fill = part("RangeFill", "fill.", { color: "color" });
    this.font = part(
      "RangeFont",
      "font.",
      {
        bold: "boolean",
        italic: "boolean",
        underline: "string",
        size: "number",
        color: "color",
        name: "string",
      },
      undefined,
      { underline: UNDERLINE_STYLES },
    );
    this.protection = part("FormatProtection", "protection.", { locked: "boolean" }, "ExcelApi 1.2");
    this.borders = strict(
      new FakeBorders(context, "RangeBorderCollection", resolver),
      "RangeBorderCollection",
    );
  }

  protected override child(name: string): Loadable | undefined {
    const children: Record<string, Loadable> = {
      fill: this.fill,
      font: this.font,
      protection: this.protection,
    };
    return children[name] as Loadable | undefined;
  }

  protected readers(): Readers {
    const uniform = (path: string) => (target: RangeTarget) => uniformFormat(target.sheet, target.box, path);
    return {
      horizontalAlignment: uniform("horizontalAlignment"),
      verticalAlignment: uniform("verticalAlignment"),
      wrapText: uniform("wrapText"),
      indentLevel: uniform("indentLevel"),
      columnWidth: (target) => {
        const widths = new Set(
          Array.from(
            { length: boxColumns(target.box) },
            (_, i) => target.sheet.columnWidths.get(target.box.left + i) ?? 48,
          ),
        );
        return widths.size === 1 ? [...widths][0] : null;
      },
      rowHeight: (target) => {
        const heights = new Set(
          Array.from(
            { length: Math.min(boxRows(target.box), 100_000) },
            (_, i) => target.sheet.rowHeights.get(target.box.top + i) ?? 15,
          ),
        );
        return heights.size === 1 ? [...heights][0] : null;
      },
    };
  }

  private cellFormat(
    name: string,
    value: unknown,
    kind: "string" | "boolean" | "number",
    allowed?: readonly string[],
    set?: string,
  ): void {
    this.write(
      name,
      value,
      (target) => {
        if (typeof value !== kind) throw invalidArgument(`RangeFormat.${name}`, `${typeof value} given`);
        if (allowed && !allowed.includes(value as string))
          throw invalidArgument(
            `RangeFormat.${name}`,
            `"${String(value)}" is not one of ${allowed.join(", ")}`,
          );
        setFormat(target, name, value as string | number | boolean, `RangeFormat.${name}`);
      },
      set,
    );
  }

  get horizontalAlignment(): string {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.cellFormat("horizontalAlignment", value, "string", HORIZONTAL_ALIGNMENTS);
  }
  get verticalAlignment(): string {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.cellFormat("verticalAlignment", value, "string", VERTICAL_ALIGNMENTS);
  }
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(value: boolean) {
    this.cellFormat("wrapText", value, "boolean");
  }
  get indentLevel(): number {
    return this.read("indentLevel");
  }
  set indentLevel(value: number) {
    // "[Api set: ExcelApi 1.9]": below it Excel refuses the property, so a 1.8 host must not set it.
    this.cellFormat("indentLevel", value, "number", undefined, "ExcelApi 1.9");
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(value: number) {
    this.write(
      "columnWidth",
      value,
      (target) => {
        if (typeof value !== "number" || value < 0)
          throw invalidArgument("RangeFormat.columnWidth", String(value));
        for (let column = target.box.left; column <= target.box.right; column += 1)
          target.sheet.columnWidths.set(column, value);
      },
      "ExcelApi 1.2",
    );
  }

  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(value: number) {
    this.write(
      "rowHeight",
      value,
      (target) => {
        if (typeof value !== "number" || value < 0 || value > 409)
          throw invalidArgument("RangeFormat.rowHeight", String(value));
        checkCellCount({ ...target.box, left: 0, right: 0 }, "RangeFormat.rowHeight");
        for (let row = target.box.top; row <= target.box.bottom; row += 1)
          target.sheet.rowHeights.set(row, value);
      },
      "ExcelApi 1.2",
    );
  }
}
