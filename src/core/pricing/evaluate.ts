import type { Finding } from "../findings";
import type { Grid } from "../grid/model";
import {
  CENT_SCALE,
  add,
  centsFraction,
  compare,
  divideToCent,
  divideUpToWhole,
  exact,
  multiply,
  roundToCent,
  safeNumber,
  unitsAt,
  type Exact,
} from "./exact";
import type { Cell, Expr, InputValues, Operand, StepParam, StepSpec, Test } from "./expression";
import type { PriceProgram } from "./scope";
import type { BreakdownStep, PriceResult, StepValue } from "./types";

// The engine's reading of a price program: exact decimals (BigInt) from the grid's cents and basis points,
// rounded only where the tree says, with the breakdown its notes describe, or the first not-priceable finding.

type Outcome =
  { readonly ok: true; readonly value: Exact } | { readonly ok: false; readonly finding: Finding };

interface Context {
  readonly grid: Grid;
  readonly inputs: InputValues;
  readonly bindings: ReadonlyMap<string, Exact>;
  /** Where notes record their steps; null while computing a step's params or test (nothing recorded). */
  readonly steps: BreakdownStep[] | null;
}

const VAT_SCALE = 4;
const ok = (value: Exact): Outcome => ({ ok: true, value });

/** A grid value, or null when blank. Prices and hours are hundredths (scale 2), rates basis points (scale 4). */
function cellValue(grid: Grid, of: Cell): Exact | null {
  if (of.kind === "vat") return exact(grid.vat[of.category], VAT_SCALE);
  const value = grid.prices[of.id] ?? null;
  return value === null ? null : exact(value, CENT_SCALE);
}

function inputValue(ctx: Context, name: "guests" | "hours" | "count" | "perGuests"): Exact {
  const value = ctx.inputs[name];
  if (!value) throw new Error(`input ${name} has no value`);
  return value;
}

/** Evaluates terms left to right, stopping at the first that cannot be priced. */
function fold(
  terms: readonly Expr[],
  ctx: Context,
  start: Exact,
  combine: (a: Exact, b: Exact) => Exact,
): Outcome {
  let total = start;
  for (const term of terms) {
    const outcome = evaluate(term, ctx);
    if (!outcome.ok) return outcome;
    total = combine(total, outcome.value);
  }
  return ok(total);
}

function both(a: Expr, b: Expr, ctx: Context, combine: (a: Exact, b: Exact) => Exact): Outcome {
  const left = evaluate(a, ctx);
  if (!left.ok) return left;
  const right = evaluate(b, ctx);
  return right.ok ? ok(combine(left.value, right.value)) : right;
}

/** MAX over the terms; a blank cell among them is ignored, as Excel's MAX ignores empty cells. */
function maximum(terms: readonly Expr[], ctx: Context): Outcome {
  let best: Exact = exact(0);
  let seen = false;
  for (const term of terms) {
    if (term.kind === "cell" && cellValue(ctx.grid, term.cell) === null) continue;
    const outcome = evaluate(term, ctx);
    if (!outcome.ok) return outcome;
    if (!seen || compare(outcome.value, best) > 0) best = outcome.value;
    seen = true;
  }
  return ok(best);
}

function evaluate(expr: Expr, ctx: Context): Outcome {
  switch (expr.kind) {
    case "number":
      return ok(expr.value);
    case "input":
      return ok(inputValue(ctx, expr.input));
    case "cell": {
      const value = cellValue(ctx.grid, expr.cell);
      if (value === null) throw new Error(`blank cell used as a number: ${JSON.stringify(expr.cell)}`);
      return ok(value);
    }
    case "sum":
      return fold(expr.terms, ctx, exact(0), add);
    case "product":
      return fold(expr.factors, ctx, exact(1), multiply);
    case "round": {
      const outcome = evaluate(expr.of, ctx);
      return outcome.ok ? ok(roundToCent(outcome.value)) : outcome;
    }
    case "divideRound":
      return both(expr.numerator, expr.denominator, ctx, divideToCent);
    case "divideUp":
      return both(expr.numerator, expr.denominator, ctx, divideUpToWhole);
    case "max":
      return maximum(expr.terms, ctx);
    case "if": {
      const test = holds(expr.test, ctx);
      if (!test.ok) return test;
      return evaluate(test.holds ? expr.then : expr.otherwise, ctx);
    }
    case "choose": {
      const chosen = expr.cases.find((one) => one.when === ctx.inputs[expr.input]);
      if (!chosen) throw new Error(`input ${expr.input} has no case for ${String(ctx.inputs[expr.input])}`);
      return evaluate(chosen.then, ctx);
    }
    case "fail":
      return { ok: false, finding: expr.finding };
    case "note":
      return noted(expr.step, expr.of, ctx);
    case "ref": {
      const value = ctx.bindings.get(expr.name);
      if (!value) throw new Error(`${expr.name} is used before it is evaluated`);
      return ok(value);
    }
  }
}

type TestOutcome =
  { readonly ok: true; readonly holds: boolean } | { readonly ok: false; readonly finding: Finding };

/** A test; its operands are all evaluated, as Excel does (a not-priceable operand makes it not priceable). */
function holds(test: Test, ctx: Context): TestOutcome {
  switch (test.kind) {
    case "priced":
      return { ok: true, holds: cellValue(ctx.grid, test.cell) !== null };
    case "reaches": {
      const value = evaluate(test.value, ctx);
      if (!value.ok) return value;
      const threshold = cellValue(ctx.grid, test.threshold);
      return { ok: true, holds: threshold !== null && compare(value.value, threshold) >= 0 };
    }
    case "compare": {
      const left = evaluate(test.left, ctx);
      if (!left.ok) return left;
      const right = evaluate(test.right, ctx);
      if (!right.ok) return right;
      const order = compare(left.value, right.value);
      return { ok: true, holds: test.op === ">=" ? order >= 0 : order > 0 };
    }
    case "not": {
      const inner = holds(test.test, ctx);
      return inner.ok ? { ok: true, holds: !inner.holds } : inner;
    }
  }
}

/** Evaluates the noted node, then records its step (after the steps of its parts) when its test holds. */
function noted(spec: StepSpec, of: Expr, ctx: Context): Outcome {
  const outcome = evaluate(of, ctx);
  if (!outcome.ok || ctx.steps === null) return outcome;
  const quiet: Context = { ...ctx, steps: null };
  if (spec.when && !sure(holds(spec.when, quiet))) return outcome;
  const params: Record<string, StepValue> = {};
  for (const [name, param] of Object.entries(spec.params))
    params[name] = stepValue(param, outcome.value, quiet);
  ctx.steps.push({ key: spec.key, params });
  return outcome;
}

function sure(test: TestOutcome): boolean {
  if (!test.ok) throw new Error(`a step's test cannot be evaluated: ${test.finding.code}`);
  return test.holds;
}

/** The value of an expression known to be priceable (a step's value once its node is; a program's outputs). */
function sureValue(expr: Expr, ctx: Context): Exact {
  const outcome = evaluate(expr, ctx);
  if (!outcome.ok) throw new Error(`a priced value cannot be evaluated: ${outcome.finding.code}`);
  return outcome.value;
}

function operand(of: Operand, self: Exact, ctx: Context): Exact {
  return of === "self" ? self : sureValue(of, ctx);
}

function stepValue(param: StepParam, self: Exact, ctx: Context): StepValue {
  const at = (of: Operand, scale: number) => safeNumber(unitsAt(operand(of, self, ctx), scale));
  switch (param.kind) {
    case "fixed":
      return param.value;
    case "money":
      return { money: at(param.of, CENT_SCALE) };
    case "integer":
      return at(param.of, 0);
    case "hours":
      return { hours: at(param.of, CENT_SCALE) };
    case "rate":
      return { rate: at(param.of, VAT_SCALE) };
    case "quotient": {
      const [numerator, denominator] = centsFraction(
        operand(param.of[0], self, ctx),
        operand(param.of[1], self, ctx),
      );
      return { quotient: [safeNumber(numerator), safeNumber(denominator)] };
    }
    case "role":
      return { role: param.role, count: at(param.count, 0) };
  }
}

/** Cents from an exact value rounded to the cent. */
function cents(value: Exact): number {
  return safeNumber(unitsAt(value, CENT_SCALE));
}

/** The price of a program on a grid: HT, TTC, per VAT category, and the breakdown; or the not-priceable finding. */
export function evaluateProgram(program: PriceProgram, grid: Grid): PriceResult {
  const bindings = new Map<string, Exact>();
  const steps: BreakdownStep[] = [];
  const ctx: Context = { grid, inputs: program.inputs, bindings, steps };
  for (const binding of program.bindings) {
    const outcome = evaluate(binding.value, ctx);
    if (!outcome.ok) return { ok: false, finding: outcome.finding };
    bindings.set(binding.name, outcome.value);
  }
  const quiet: Context = { ...ctx, steps: null };
  const value = (expr: Expr) => sureValue(expr, quiet);
  const byVat = program.byVat.map((part) => ({
    category: part.category,
    rate: safeNumber(unitsAt(value(part.rate), VAT_SCALE)),
    ht: cents(value(part.ht)),
    ttc: cents(value(part.ttc)),
  }));
  return { ok: true, ht: cents(value(program.ht)), ttc: cents(value(program.ttc)), byVat, breakdown: steps };
}
