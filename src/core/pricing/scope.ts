import type { VatCategory } from "../grid/catalogue";
import type { Zone } from "../variant/model";
import { compare, type Exact } from "./exact";
import { ref, type ChooseCase, type Expr, type InputValues, type NumberInput } from "./expression";

/** A named part of a price program. */
export interface Binding {
  readonly name: string;
  readonly value: Expr;
}

/** One VAT category of a price: its HT, its rate and its TTC (R6). */
export interface VatOutput {
  readonly category: VatCategory;
  readonly ht: Expr;
  readonly rate: Expr;
  readonly ttc: Expr;
}

/**
 * A variant's price as expressions. The engine evaluates the bindings in order, each once (so the breakdown
 * follows that order and a shared part, like the food subtotal, is noted once); a formula writes each reference
 * in place, Excel having no variables. `inputs` holds the variant's values of the inputs the trees read.
 */
export interface PriceProgram {
  readonly bindings: readonly Binding[];
  readonly inputs: InputValues;
  readonly ht: Expr;
  readonly ttc: Expr;
  /** In the standard's category order (repas, alcool, materiel, emporter); only categories present. */
  readonly byVat: readonly VatOutput[];
}

/** What the rules use to build a program: named parts and inputs, recorded in the order they are made. */
export interface Scope {
  bind(name: string, value: Expr): Expr;
  input(name: NumberInput, value: Exact): Expr;
  /** The case of the zone input: its value for the engine, a choice on a cell when a formula names it. */
  zone(value: Zone, cases: readonly ChooseCase[]): Expr;
  readonly bindings: readonly Binding[];
  readonly inputs: InputValues;
}

export function newScope(): Scope {
  const bindings: Binding[] = [];
  const inputs: { -readonly [K in keyof InputValues]: InputValues[K] } = {};
  return {
    bindings,
    inputs,
    bind(name, value) {
      if (bindings.some((binding) => binding.name === name)) throw new Error(`${name} is bound twice`);
      bindings.push({ name, value });
      return ref(name);
    },
    input(name, value) {
      const known = inputs[name];
      if (known && compare(known, value) !== 0) throw new Error(`input ${name} has two values`);
      inputs[name] = value;
      return { kind: "input", input: name };
    },
    zone(value, cases) {
      if (inputs.zone && inputs.zone !== value) throw new Error("input zone has two values");
      inputs.zone = value;
      return { kind: "choose", input: "zone", cases };
    },
  };
}
