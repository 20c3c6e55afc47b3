import { catalogueEntry } from "../grid/catalogue";
import { checkedVariant } from "../variant/check";
import type { Basis, Variant } from "../variant/model";
import { decimalText } from "./exact";
import type { Cell, Expr, InputName, Test } from "./expression";
import { variantProgram } from "./program";
import type { PriceProgram } from "./scope";

/**
 * R8: the Excel formula (without "=") that computes a variant's price from the template's named cells, giving the
 * same cents as priceVariant on the same grid: both read the same expressions (program.ts). Blank (non-number)
 * price cells are "not offered" exactly as in the engine; a variant that cannot be priced evaluates to #N/A
 * (NA()), never to a number.
 */
export interface FormulaOptions {
  /** HT or TTC; the variant's basis by default. */
  readonly basis?: Basis;
  /** The defined name of a catalogue id; the catalogue's `excelName` by default. */
  readonly nameOf?: (id: string) => string;
  /**
   * Names (or cell references) of cells holding the variant's inputs, e.g. { guests: "GCT_sim_guests", zone:
   * "GCT_sim_zone" }: the formula follows those cells instead of the variant's values.
   */
  readonly inputs?: Partial<Record<InputName, string>>;
}

const NOT_PRICEABLE = "NA()";

function defaultName(id: string): string {
  const item = catalogueEntry(id);
  if (!item) throw new RangeError(`not an id of the standard: ${id}`);
  return item.excelName;
}

interface Writer {
  readonly program: PriceProgram;
  readonly bindings: ReadonlyMap<string, Expr>;
  readonly nameOf: (id: string) => string;
  readonly inputs: Partial<Record<InputName, string>>;
}

/** The node a reference or a note stands for: a formula writes bindings in place and has no breakdown. */
function resolve(expr: Expr, writer: Writer): Expr {
  if (expr.kind === "note") return resolve(expr.of, writer);
  if (expr.kind !== "ref") return expr;
  const bound = writer.bindings.get(expr.name);
  if (!bound) throw new Error(`unknown binding ${expr.name}`);
  return resolve(bound, writer);
}

/** The terms of a sum, nested sums flattened and literal zeros left out (x + 0 is x, for numbers and #N/A alike). */
function terms(expr: Expr, writer: Writer): Expr[] {
  const node = resolve(expr, writer);
  if (node.kind === "sum") return node.terms.flatMap((term) => terms(term, writer));
  if (node.kind === "number" && node.value.units === 0n) return [];
  return [node];
}

/** An operand of * or /: a sum in parentheses; `strict` (a divisor) also a product. */
function operand(expr: Expr, writer: Writer, strict = false): string {
  const node = resolve(expr, writer);
  const text = write(node, writer);
  const grouped = node.kind === "sum" || (strict && node.kind === "product");
  return grouped ? `(${text})` : text;
}

function cellName(of: Cell, writer: Writer): string {
  return writer.nameOf(of.kind === "price" ? of.id : `tva.${of.category}`);
}

function inputText(name: InputName, writer: Writer): string {
  const named = writer.inputs[name];
  if (named) return named;
  const value = writer.program.inputs[name];
  if (value === undefined) throw new Error(`input ${name} has no value`);
  return typeof value === "string" ? `"${value}"` : decimalText(value);
}

function writeIf(test: string, then: string, otherwise: string): string {
  // Both branches not priceable: the test cannot matter.
  if (then === NOT_PRICEABLE && otherwise === NOT_PRICEABLE) return NOT_PRICEABLE;
  return `IF(${test},${then},${otherwise})`;
}

/** A choice on a text input: the variant's case, or IF(cell="case", …) over every case when a cell holds it. */
function writeChoose(expr: Extract<Expr, { kind: "choose" }>, writer: Writer): string {
  const named = writer.inputs[expr.input];
  if (!named) {
    const chosen = expr.cases.find((one) => one.when === writer.program.inputs[expr.input]);
    if (!chosen) throw new Error(`input ${expr.input} has no case`);
    return write(chosen.then, writer);
  }
  return expr.cases.reduceRight(
    (otherwise, one) => writeIf(`${named}="${one.when}"`, write(one.then, writer), otherwise),
    NOT_PRICEABLE,
  );
}

function write(expr: Expr, writer: Writer): string {
  const node = resolve(expr, writer);
  switch (node.kind) {
    case "number":
      return decimalText(node.value);
    case "input":
      return inputText(node.input, writer);
    case "cell":
      return cellName(node.cell, writer);
    case "sum": {
      const parts = terms(node, writer).map((term) => write(term, writer));
      return parts.length === 0 ? "0" : parts.join("+");
    }
    case "product":
      return node.factors.map((factor) => operand(factor, writer)).join("*");
    case "round":
      return `ROUND(${write(node.of, writer)},2)`;
    case "divideRound":
      return `ROUND(${operand(node.numerator, writer)}/${operand(node.denominator, writer, true)},2)`;
    case "divideUp":
      return `ROUNDUP(${operand(node.numerator, writer)}/${operand(node.denominator, writer, true)},0)`;
    case "max":
      return `MAX(${node.terms.map((term) => write(term, writer)).join(",")})`;
    case "if":
      return writeIf(writeTest(node.test, writer), write(node.then, writer), write(node.otherwise, writer));
    case "choose":
      return writeChoose(node, writer);
    case "fail":
      return NOT_PRICEABLE;
    case "note":
    case "ref":
      throw new Error("resolved above");
  }
}

function writeTest(test: Test, writer: Writer): string {
  switch (test.kind) {
    case "priced":
      return `ISNUMBER(${cellName(test.cell, writer)})`;
    case "reaches": {
      const threshold = cellName(test.threshold, writer);
      return `AND(ISNUMBER(${threshold}),${write(test.value, writer)}>=${threshold})`;
    }
    case "compare":
      return `${write(test.left, writer)}${test.op}${write(test.right, writer)}`;
    case "not":
      return `NOT(${writeTest(test.test, writer)})`;
  }
}

/** An expression of a program as formula text, over the given names of grid cells and inputs. */
export function programFormula(
  program: PriceProgram,
  expr: Expr,
  options: Pick<FormulaOptions, "nameOf" | "inputs"> = {},
): string {
  const writer: Writer = {
    program,
    bindings: new Map(program.bindings.map((binding) => [binding.name, binding.value])),
    nameOf: options.nameOf ?? defaultName,
    inputs: options.inputs ?? {},
  };
  return write(expr, writer);
}

export function variantFormula(variant: Variant, options: FormulaOptions = {}): string {
  const checked = checkedVariant(variant).variant;
  if (!checked) return NOT_PRICEABLE;
  const program = variantProgram(checked);
  const basis = options.basis ?? variant.basis;
  return programFormula(program, basis === "TTC" ? program.ttc : program.ht, options);
}
