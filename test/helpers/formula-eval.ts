import { parseFormula, type BinaryOp, type FormulaNode } from "./formula-parse";

// A test-only evaluator of the formulas the product writes, on exact rationals (BigInt): what Excel computes when
// its binary floats do not get in the way (LibreOffice tests cover the floats). Semantics follow Excel's: a blank
// cell is 0 in arithmetic, IF evaluates only the branch taken, AND and MAX evaluate every argument and pass errors
// on, MAX ignores blanks and text in referenced cells, ROUND rounds half away from zero, ROUNDUP away from zero.

export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

export type FormulaValue =
  | { readonly kind: "number"; readonly value: Rational }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "blank" }
  | { readonly kind: "error"; readonly code: "#N/A" | "#DIV/0!" | "#VALUE!" | "#NAME?" };

/** A defined name's cell: a number, a text, or null for an empty cell. */
export type CellContent = number | string | null;

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));

export function rational(n: bigint, d = 1n): Rational {
  if (d === 0n) throw new RangeError("zero denominator");
  const sign = d < 0n ? -1n : 1n;
  const divisor = gcd(n, d) || 1n;
  return { n: (sign * n) / divisor, d: (sign * d) / divisor };
}

/** A decimal text ("12.5", "1e-7") or a JavaScript number read through its shortest decimal text, exactly. */
export function rationalOf(value: string | number): Rational {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(value));
  if (!match) throw new RangeError(`not a decimal: ${value}`);
  const [, sign, whole, fraction = "", exponent = "0"] = match;
  const shift = Number(exponent) - fraction.length;
  const digits = BigInt(`${sign}${whole}${fraction}`);
  return shift >= 0 ? rational(digits * 10n ** BigInt(shift)) : rational(digits, 10n ** BigInt(-shift));
}

const num = (value: Rational): FormulaValue => ({ kind: "number", value });
const error = (code: "#N/A" | "#DIV/0!" | "#VALUE!" | "#NAME?"): FormulaValue => ({ kind: "error", code });
const bool = (value: boolean): FormulaValue => ({ kind: "boolean", value });

function arithmetic(op: "+" | "-" | "*" | "/", a: Rational, b: Rational): FormulaValue {
  if (op === "+") return num(rational(a.n * b.d + b.n * a.d, a.d * b.d));
  if (op === "-") return num(rational(a.n * b.d - b.n * a.d, a.d * b.d));
  if (op === "*") return num(rational(a.n * b.n, a.d * b.d));
  return b.n === 0n ? error("#DIV/0!") : num(rational(a.n * b.d, a.d * b.n));
}

/** A value as a number for arithmetic: blank is 0, TRUE is 1, text is #VALUE!. */
function asNumber(value: FormulaValue): Rational | FormulaValue {
  if (value.kind === "number") return value.value;
  if (value.kind === "blank") return rational(0n);
  if (value.kind === "boolean") return rational(value.value ? 1n : 0n);
  if (value.kind === "text") return error("#VALUE!");
  return value;
}

const isRational = (value: Rational | FormulaValue): value is Rational => "n" in value;

/** Excel orders numbers < texts < booleans; a blank compares as 0 with a number and as "" with a text. */
function order(a: FormulaValue, b: FormulaValue): number {
  const rank = (value: FormulaValue) => (value.kind === "text" ? 1 : value.kind === "boolean" ? 2 : 0);
  const blankAs = (other: FormulaValue): FormulaValue =>
    other.kind === "text" ? { kind: "text", value: "" } : num(rational(0n));
  const left = a.kind === "blank" ? blankAs(b) : a;
  const right = b.kind === "blank" ? blankAs(a) : b;
  if (rank(left) !== rank(right)) return rank(left) - rank(right);
  if (left.kind === "number" && right.kind === "number") {
    const diff = left.value.n * right.value.d - right.value.n * left.value.d;
    return diff < 0n ? -1 : diff > 0n ? 1 : 0;
  }
  if (left.kind === "text" && right.kind === "text")
    return left.value.toLowerCase().localeCompare(right.value.toLowerCase());
  if (left.kind === "boolean" && right.kind === "boolean") return Number(left.value) - Number(right.value);
  return 0;
}

const COMPARE: Record<string, (order: number) => boolean> = {
  "=": (o) => o === 0,
  "<>": (o) => o !== 0,
  "<": (o) => o < 0,
  ">": (o) => o > 0,
  "<=": (o) => o <= 0,
  ">=": (o) => o >= 0,
};

/** x rounded to `digits` decimals; `mode` half away from zero (ROUND) or away from zero (ROUNDUP). */
function roundAt(x: Rational, digits: Rational, mode: "half" | "up"): FormulaValue {
  if (digits.d !== 1n) return error("#VALUE!");
  const scale = 10n ** (digits.n < 0n ? 0n : digits.n);
  const negative = x.n < 0n;
  const scaledN = (negative ? -x.n : x.n) * scale;
  const whole = scaledN / x.d;
  const remainder = scaledN % x.d;
  const bump = mode === "half" ? 2n * remainder >= x.d : remainder > 0n;
  const units = whole + (bump ? 1n : 0n);
  return num(rational(negative ? -units : units, scale));
}

type Lookup = (name: string) => CellContent | undefined;

class Evaluator {
  constructor(private readonly lookup: Lookup) {}

  value(node: FormulaNode): FormulaValue {
    switch (node.kind) {
      case "number":
        return num(rationalOf(node.text));
      case "text":
        return { kind: "text", value: node.value };
      case "name":
        return this.name(node.name);
      case "unary": {
        const of = asNumber(this.value(node.of));
        if (!isRational(of)) return of;
        return num(node.op === "-" ? rational(-of.n, of.d) : of);
      }
      case "binary":
        return this.binary(node.op, this.value(node.left), this.value(node.right));
      case "call":
        return this.call(node.name, node.args);
    }
  }

  private name(name: string): FormulaValue {
    const content = this.lookup(name);
    if (content === undefined) return error("#NAME?");
    if (content === null) return { kind: "blank" };
    return typeof content === "number" ? num(rationalOf(content)) : { kind: "text", value: content };
  }

  private binary(op: BinaryOp, left: FormulaValue, right: FormulaValue): FormulaValue {
    if (left.kind === "error") return left;
    if (right.kind === "error") return right;
    if (op in COMPARE) return bool(COMPARE[op](order(left, right)));
    const a = asNumber(left);
    const b = asNumber(right);
    if (!isRational(a)) return a;
    if (!isRational(b)) return b;
    return arithmetic(op as "+" | "-" | "*" | "/", a, b);
  }

  private truth(value: FormulaValue): boolean | FormulaValue {
    if (value.kind === "boolean") return value.value;
    if (value.kind === "number") return value.value.n !== 0n;
    if (value.kind === "blank") return false;
    return value.kind === "error" ? value : error("#VALUE!");
  }

  private call(name: string, args: readonly FormulaNode[]): FormulaValue {
    switch (name) {
      case "NA":
        return error("#N/A");
      case "IF": {
        const test = this.truth(this.value(args[0]));
        if (typeof test !== "boolean") return test;
        if (test) return this.value(args[1]);
        return args.length > 2 ? this.value(args[2]) : bool(false);
      }
      case "ISNUMBER":
        return bool(this.value(args[0]).kind === "number");
      case "NOT": {
        const test = this.truth(this.value(args[0]));
        return typeof test === "boolean" ? bool(!test) : test;
      }
      case "AND":
        return this.and(args);
      case "MAX":
        return this.max(args);
      case "ROUND":
      case "ROUNDUP":
        return this.round(args, name === "ROUND" ? "half" : "up");
      default:
        return error("#NAME?");
    }
  }

  private and(args: readonly FormulaNode[]): FormulaValue {
    let all = true;
    for (const arg of args) {
      const value = this.value(arg);
      if (value.kind === "error") return value;
      if (arg.kind === "name" && (value.kind === "blank" || value.kind === "text")) continue;
      const test = this.truth(value);
      if (typeof test !== "boolean") return test;
      all = all && test;
    }
    return bool(all);
  }

  private max(args: readonly FormulaNode[]): FormulaValue {
    let best: Rational | null = null;
    for (const arg of args) {
      const value = this.value(arg);
      if (value.kind === "error") return value;
      if (arg.kind === "name" && value.kind !== "number") continue;
      const candidate = asNumber(value);
      if (!isRational(candidate)) return candidate;
      if (best === null || candidate.n * best.d > best.n * candidate.d) best = candidate;
    }
    return num(best ?? rational(0n));
  }

  private round(args: readonly FormulaNode[], mode: "half" | "up"): FormulaValue {
    const x = asNumber(this.value(args[0]));
    if (!isRational(x)) return x;
    const digits = asNumber(this.value(args[1]));
    if (!isRational(digits)) return digits;
    return roundAt(x, digits, mode);
  }
}

/** The value of a formula (with or without "="), its names read from `cells` (an unknown name is #NAME?). */
export function evaluateFormula(formula: string, cells: Readonly<Record<string, CellContent>>): FormulaValue {
  const lookup: Lookup = (name) => (name in cells ? cells[name] : undefined);
  return new Evaluator(lookup).value(parseFormula(formula));
}

/** A formula's value as whole cents, or its error code; a number that is not whole cents is an error of the test. */
export function formulaCents(formula: string, cells: Readonly<Record<string, CellContent>>): number | string {
  const value = evaluateFormula(formula, cells);
  if (value.kind === "error") return value.code;
  if (value.kind !== "number") throw new Error(`formula gives a ${value.kind}, not an amount: ${formula}`);
  const cents = rational(value.value.n * 100n, value.value.d);
  if (cents.d !== 1n) throw new Error(`formula gives ${value.value.n}/${value.value.d}, not whole cents`);
  return Number(cents.n);
}
