import type { Finding } from "../findings";
import type { MessageKey } from "../../i18n";
import type { VatCategory } from "../grid/catalogue";
import type { StaffRole, Zone } from "../variant/model";
import { exact, type Exact } from "./exact";
import type { StepValue } from "./types";

// The language the pricing rules are written in, once. Each rule builds a small tree; two interpreters read it:
// evaluate.ts computes exact cents with the breakdown (or the not-priceable finding), formula.ts writes the same
// tree as an Excel formula. Rounding happens only at the nodes that say so (round, divideRound, divideUp).

/** A value of the grid, read in a workbook through its defined name. */
export type Cell =
  /** grid.prices: cents, or hundredths of an hour for personnel.minimum_heures (both scale 2); null = blank. */
  | { readonly kind: "price"; readonly id: string }
  /** grid.vat: basis points (scale 4); a blank rate cell in a workbook falls back to the default rate. */
  | { readonly kind: "vat"; readonly category: VatCategory };

/** The variant's numbers and choices a tree reads: literals for the engine, literals or cell names in formulas. */
export type NumberInput = "guests" | "hours" | "count" | "perGuests";
export type TextInput = "zone";
export type InputName = NumberInput | TextInput;

export interface InputValues {
  readonly guests?: Exact;
  /** Hours per staff member, scale 2. */
  readonly hours?: Exact;
  readonly count?: Exact;
  readonly perGuests?: Exact;
  readonly zone?: Zone;
}

export type Expr =
  | { readonly kind: "number"; readonly value: Exact }
  | { readonly kind: "input"; readonly input: NumberInput }
  /** A grid value used as a number: only where it is known to be one (the `then` of a priced test), or in max. */
  | { readonly kind: "cell"; readonly cell: Cell }
  | { readonly kind: "sum"; readonly terms: readonly Expr[] }
  | { readonly kind: "product"; readonly factors: readonly Expr[] }
  /** ROUND(x, 2): to the cent, half away from zero. */
  | { readonly kind: "round"; readonly of: Expr }
  /** ROUND(n / d, 2): an exact quotient rounded once to the cent. */
  | { readonly kind: "divideRound"; readonly numerator: Expr; readonly denominator: Expr }
  /** ROUNDUP(n / d, 0): a whole number, rounded up (a staff count). */
  | { readonly kind: "divideUp"; readonly numerator: Expr; readonly denominator: Expr }
  /** MAX: blank cells among the terms are ignored, as Excel's MAX ignores empty cells. */
  | { readonly kind: "max"; readonly terms: readonly Expr[] }
  | { readonly kind: "if"; readonly test: Test; readonly then: Expr; readonly otherwise: Expr }
  /** The case of a text input (the delivery zone). */
  | { readonly kind: "choose"; readonly input: TextInput; readonly cases: readonly ChooseCase[] }
  /** Not priceable: the engine's finding; #N/A (NA()) in a formula. */
  | { readonly kind: "fail"; readonly finding: Finding }
  /** A breakdown step recorded when `of` is evaluated; a formula ignores it. */
  | { readonly kind: "note"; readonly step: StepSpec; readonly of: Expr }
  /** A named part of the program (a binding), evaluated once by the engine and written in place in a formula. */
  | { readonly kind: "ref"; readonly name: string };

export interface ChooseCase {
  readonly when: string;
  readonly then: Expr;
}

export type Test =
  /** ISNUMBER(cell): the cell holds a number (a price is offered, a parameter is set). */
  | { readonly kind: "priced"; readonly cell: Cell }
  /** AND(ISNUMBER(threshold), value >= threshold): a threshold that is set and reached (franco). */
  | { readonly kind: "reaches"; readonly value: Expr; readonly threshold: Cell }
  | { readonly kind: "compare"; readonly op: ">=" | ">"; readonly left: Expr; readonly right: Expr }
  | { readonly kind: "not"; readonly test: Test };

/** The value a step param is read from: an expression, or the value of the noted node itself. */
export type Operand = Expr | "self";

/** A breakdown value (types.ts StepValue) as the interpreter computes it from the tree. */
export type StepParam =
  | { readonly kind: "fixed"; readonly value: StepValue }
  /** Cents ({ money }), a whole number, hundredths of an hour ({ hours }), basis points ({ rate }). */
  | { readonly kind: "money" | "integer" | "hours" | "rate"; readonly of: Operand }
  /** { quotient: [numerator, denominator] } of cents: the exact value of numerator / denominator. */
  | { readonly kind: "quotient"; readonly of: readonly [Operand, Operand] }
  | { readonly kind: "role"; readonly role: StaffRole; readonly count: Operand };

/** A breakdown step: an i18n key of src/i18n/messages/pricing.ts, its params, recorded only `when` it holds. */
export interface StepSpec {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, StepParam>>;
  readonly when?: Test;
}

// Constructors: the rules read like the standard with these.

export const num = (units: number, scale = 0): Expr => ({ kind: "number", value: exact(units, scale) });
export const input = (name: NumberInput): Expr => ({ kind: "input", input: name });
export const priceCell = (id: string): Cell => ({ kind: "price", id });
export const vatCell = (category: VatCategory): Cell => ({ kind: "vat", category });
export const cell = (of: Cell): Expr => ({ kind: "cell", cell: of });
export const sum = (...terms: Expr[]): Expr => ({ kind: "sum", terms });
export const product = (...factors: Expr[]): Expr => ({ kind: "product", factors });
export const round = (of: Expr): Expr => ({ kind: "round", of });
export const divideRound = (numerator: Expr, denominator: Expr): Expr => ({
  kind: "divideRound",
  numerator,
  denominator,
});
export const divideUp = (numerator: Expr, denominator: Expr): Expr => ({
  kind: "divideUp",
  numerator,
  denominator,
});
export const max = (...terms: Expr[]): Expr => ({ kind: "max", terms });
export const when = (test: Test, then: Expr, otherwise: Expr): Expr => ({
  kind: "if",
  test,
  then,
  otherwise,
});
export const fail = (finding: Finding): Expr => ({ kind: "fail", finding });
export const ref = (name: string): Expr => ({ kind: "ref", name });
export const note = (step: StepSpec, of: Expr): Expr => ({ kind: "note", step, of });

export const priced = (of: Cell): Test => ({ kind: "priced", cell: of });
export const reaches = (value: Expr, threshold: Cell): Test => ({ kind: "reaches", value, threshold });
export const atLeast = (left: Expr, right: Expr): Test => ({ kind: "compare", op: ">=", left, right });
export const greater = (left: Expr, right: Expr): Test => ({ kind: "compare", op: ">", left, right });
export const not = (test: Test): Test => ({ kind: "not", test });

/** "Blank = not offered": the cell's value if it holds a number, else not priceable with this finding. */
export const required = (of: Cell, finding: Finding): Expr => when(priced(of), cell(of), fail(finding));

export const fixed = (value: StepValue): StepParam => ({ kind: "fixed", value });
export const moneyOf = (of: Operand): StepParam => ({ kind: "money", of });
export const integerOf = (of: Operand): StepParam => ({ kind: "integer", of });
export const hoursOf = (of: Operand): StepParam => ({ kind: "hours", of });
export const rateOf = (of: Operand): StepParam => ({ kind: "rate", of });
export const quotientOf = (numerator: Operand, denominator: Operand): StepParam => ({
  kind: "quotient",
  of: [numerator, denominator],
});
export const roleOf = (role: StaffRole, count: Operand): StepParam => ({ kind: "role", role, count });

/** A step with its params; `when` limits it to the evaluations where the test holds. */
export function step(key: MessageKey, params: Record<string, StepParam>, when?: Test): StepSpec {
  return when ? { key, params, when } : { key, params };
}
