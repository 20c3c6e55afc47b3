// Write model: what to put in a workbook, as plain data that tests can assert on. Door-neutral: the xlsx door
// writes it to a file, the Office.js door applies it to the open workbook.

import type { Finding } from "../findings";
import type { SheetVisibility } from "./snapshot";

/** A value to write. `text` is written as text even when it looks like a number or starts with "=". */
export type CellWrite =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  /** A formula with its leading "=", A1 style, English function names, comma separators. */
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "empty" };

/** One cell to write, with an optional style name. */
export interface CellPlan {
  /** A1 address of the cell, e.g. "D14". */
  readonly cell: string;
  readonly write: CellWrite;
  /** Key into the plan's `styles`. */
  readonly style?: string;
}

/**
 * A range whose every cell takes a style, without writing values (e.g. price cells to unlock and colour). Where a
 * cell of `cells` has its own style, that style wins.
 */
export interface RangeStylePlan {
  readonly range: string;
  readonly style: string;
}

export interface FontPlan {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Points. */
  readonly size?: number;
  /** "RRGGBB". */
  readonly color?: string;
  readonly name?: string;
}

export type BorderLine = "thin" | "medium" | "thick" | "dashed" | "dotted" | "double";

export interface BorderPlan {
  readonly top?: BorderLine;
  readonly bottom?: BorderLine;
  readonly left?: BorderLine;
  readonly right?: BorderLine;
  /** "RRGGBB"; black when absent. */
  readonly color?: string;
}

export interface AlignmentPlan {
  readonly horizontal?: "left" | "center" | "right" | "justify";
  readonly vertical?: "top" | "center" | "bottom";
  readonly wrapText?: boolean;
  readonly indent?: number;
}

/** A named style; every field optional. `locked: false` makes the cell editable on a protected sheet. */
export interface StylePlan {
  readonly numberFormat?: string;
  readonly font?: FontPlan;
  /** Solid fill colour "RRGGBB". */
  readonly fill?: string;
  readonly border?: BorderPlan;
  readonly alignment?: AlignmentPlan;
  readonly locked?: boolean;
}

export interface ColumnPlan {
  /** Column letters, e.g. "B". */
  readonly column: string;
  /** Width in characters (Excel's column width unit). */
  readonly width?: number;
  readonly hidden?: boolean;
}

export interface RowPlan {
  /** 1-based row number as shown in Excel. */
  readonly row: number;
  /** Height in points. */
  readonly height?: number;
  readonly hidden?: boolean;
}

/** Frozen panes: the first `rows` rows and `columns` columns stay visible. */
export interface FreezePlan {
  readonly rows: number;
  readonly columns: number;
}

export type ValidationOperator =
  | "between"
  | "notBetween"
  | "equal"
  | "notEqual"
  | "greaterThan"
  | "lessThan"
  | "greaterThanOrEqual"
  | "lessThanOrEqual";

export type ValidationRule =
  /** Either literal items or a range reference such as "=Listes!$A$1:$A$5". */
  | { readonly type: "list"; readonly items?: readonly string[]; readonly source?: string }
  | {
      readonly type: "decimal";
      readonly operator: ValidationOperator;
      readonly min: number;
      readonly max?: number;
    }
  | {
      readonly type: "whole";
      readonly operator: ValidationOperator;
      readonly min: number;
      readonly max?: number;
    }
  | {
      readonly type: "textLength";
      readonly operator: ValidationOperator;
      readonly min: number;
      readonly max?: number;
    }
  /** A formula with "=", relative to the range's top-left cell. */
  | { readonly type: "custom"; readonly formula: string };

export interface ValidationPlan {
  /** A1 range, e.g. "D12:D40". */
  readonly range: string;
  readonly rule: ValidationRule;
  readonly allowBlank?: boolean;
  readonly prompt?: { readonly title?: string; readonly message: string };
  /** `style` defaults to "stop" (the value is refused). */
  readonly error?: {
    readonly title?: string;
    readonly message: string;
    readonly style?: "stop" | "warning" | "information";
  };
}

/** Sheet protection. Unlocked cells come from styles with `locked: false`. */
export interface ProtectionPlan {
  readonly password?: string;
  /** What users may still do on the protected sheet; everything else is refused. */
  readonly allow?: {
    readonly selectLockedCells?: boolean;
    readonly selectUnlockedCells?: boolean;
    readonly formatColumns?: boolean;
    readonly formatRows?: boolean;
    readonly sort?: boolean;
    readonly autoFilter?: boolean;
  };
}

export interface TablePlan {
  /** Table name, unique in the workbook (letters, digits, underscore). */
  readonly name: string;
  /** A1 range including the header row, e.g. "A1:F20". The header cells must be written as text in `cells`. */
  readonly range: string;
  readonly style?: string;
  readonly showRowStripes?: boolean;
  readonly totalsRow?: boolean;
}

export type ConditionalFormatPlan =
  | {
      readonly type: "cellValue";
      readonly range: string;
      readonly operator: ValidationOperator;
      /** Formulas or numbers, as text ("0", "$F$3"). */
      readonly values: readonly string[];
      /** Key into the plan's `styles`: font colour, fill and border apply. */
      readonly style: string;
    }
  | {
      readonly type: "colorScale";
      readonly range: string;
      /** Two or three "RRGGBB" colours from lowest to highest. */
      readonly colors: readonly string[];
    };

export interface BarChartPlan {
  readonly type: "bar";
  readonly title: string;
  /** Sheet-qualified A1 range of the category labels, e.g. "'Comparaison'!$A$2:$A$5". */
  readonly categories: string;
  /** `color` "RRGGBB" fills the series' bars in a file (the Excel door leaves Excel's own colours). */
  readonly series: readonly { readonly name: string; readonly values: string; readonly color?: string }[];
  /** Where the chart sits: top-left and bottom-right cells (A1). */
  readonly anchor: { readonly from: string; readonly to: string };
  /** Horizontal bars when true; vertical columns otherwise. */
  readonly horizontal?: boolean;
}

export interface PrintPlan {
  readonly orientation?: "portrait" | "landscape";
  readonly paper?: "A4";
  /** Fit all columns on one page width. */
  readonly fitToWidth?: boolean;
  /** Rows repeated on each page, e.g. "1:3". */
  readonly printTitleRows?: string;
  /** A1 range to print. */
  readonly area?: string;
  readonly gridLines?: boolean;
}

export interface SheetPlan {
  readonly name: string;
  /** When set, an existing sheet of this name is renamed to `name` (Office.js door); new workbooks ignore it. */
  readonly renameFrom?: string;
  readonly visibility?: SheetVisibility;
  readonly cells: readonly CellPlan[];
  readonly rangeStyles?: readonly RangeStylePlan[];
  readonly columns?: readonly ColumnPlan[];
  readonly rows?: readonly RowPlan[];
  /** A1 ranges to merge, e.g. "A1:F1". */
  readonly merges?: readonly string[];
  readonly freeze?: FreezePlan;
  readonly validations?: readonly ValidationPlan[];
  readonly protection?: ProtectionPlan;
  readonly tables?: readonly TablePlan[];
  readonly conditionalFormats?: readonly ConditionalFormatPlan[];
  readonly charts?: readonly BarChartPlan[];
  readonly print?: PrintPlan;
  /** Tab colour "RRGGBB", to help users find the sheet to fill. */
  readonly tabColor?: string;
}

/** A workbook-level or sheet-scoped defined name; `ref` is a formula without "=", e.g. "'BPU'!$D$12". */
export interface DefinedNamePlan {
  readonly name: string;
  readonly ref: string;
  readonly sheet?: string;
  readonly hidden?: boolean;
}

/** Document properties; doors that cannot set one ignore it. */
export interface DocumentPropertiesPlan {
  readonly title?: string;
  readonly subject?: string;
  readonly creator?: string;
  readonly keywords?: string;
  readonly description?: string;
  readonly company?: string;
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  /** Named styles used by cells, range styles and conditional formats. */
  readonly styles: Readonly<Record<string, StylePlan>>;
  readonly names?: readonly DefinedNamePlan[];
  readonly properties?: DocumentPropertiesPlan;
}

/**
 * One cell to fill in an existing workbook (a buyer's tender). A string is written as text, never as a formula,
 * even when it starts with "="; `asText` also writes a number as text. `null` clears the cell's value.
 */
export interface CellEdit {
  readonly sheet: string;
  readonly cell: string;
  readonly value: number | string | boolean | null;
  readonly asText?: boolean;
}

/** An edit that is not written, with the finding that says why and what to do (its code names the rule). */
export interface FillRefusal {
  readonly edit: CellEdit;
  readonly finding: Finding;
}

/**
 * What may be filled, decided once by the core from a snapshot (`buildFillPlan`): the edits to write, with the
 * sheet named as the workbook names it and the cell as "D14", and the refused ones. Both doors write exactly
 * `edits`, so a fill in Excel and a fill of a file refuse the same cells for the same reasons.
 */
export interface FillPlan {
  readonly edits: readonly CellEdit[];
  readonly refused: readonly FillRefusal[];
  /**
   * The sheets whose formulas may give another result once the edits are written (`sheetsToRecalculate`): a file
   * door drops the results their formulas saved, so no program shows an amount of the old prices. Excel's own door
   * has nothing to drop (Excel recalculates as it writes).
   */
  readonly recalculate: readonly string[];
}

/** What a door did with a fill plan: the edits written, and those not written with their findings. */
export interface FillReport {
  readonly written: readonly CellEdit[];
  readonly refused: readonly FillRefusal[];
}
