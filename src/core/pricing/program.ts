import { VAT_CATEGORIES, standaloneVat, type VatCategory } from "../grid/catalogue";
import type {
  CheckedPerPerson,
  CheckedPrestation,
  CheckedStandalone,
  CheckedVariant,
} from "../variant/checked";
import { exact } from "./exact";
import {
  divideRound,
  fixed,
  integerOf,
  moneyOf,
  note,
  num,
  product,
  quotientOf,
  round,
  step,
  sum,
  type Expr,
} from "./expression";
import { eventCosts } from "./event-costs";
import { linePrice, serviceParts, type Part } from "./product";
import { newScope, type PriceProgram, type Scope } from "./scope";
import { vatRate, vatTerm } from "./vat";

// Where a price is rounded, all of it: R1–R3 add exact cents; staff is rounded once (event-costs.ts); the spread
// (R4) once; each category's TTC once (vat.ts). The other round() nodes (the HT total, a category's HT before VAT,
// the franco subtotal) are no-ops in exact cents: in a workbook they keep float noise out of the cents.

/** A category's HT and whether it is the literal 0. */
interface CategoryHt {
  readonly ht: Expr;
  readonly zero: boolean;
}

/** The price of a checked variant (R1–R6) as one program: per category HT, HT, per category TTC, TTC. */
export function variantProgram(variant: CheckedVariant): PriceProgram {
  const scope = newScope();
  const categories =
    variant.kind === "standalone"
      ? standalone(scope, variant)
      : variant.kind === "prestation"
        ? prestation(scope, variant)
        : perPerson(scope, variant);
  const htRefs = new Map(
    [...categories].map(([category, part]) => [category, scope.bind(`ht:${category}`, part.ht)]),
  );
  const unit = variant.kind === "prestation" ? "prestation" : variant.unit;
  const totalHt = step("pricing.step.totalHt", { ht: moneyOf("self"), unit: fixed({ unit }) });
  const ht = scope.bind("ht", note(totalHt, round(sum(...htRefs.values()))));
  const byVat = VAT_CATEGORIES.flatMap((category) => {
    const part = categories.get(category);
    const htOf = htRefs.get(category);
    if (!part || !htOf) return [];
    const ttc = scope.bind(`ttc:${category}`, vatTerm(category, htOf, part.zero));
    return [{ category, ht: htOf, rate: vatRate(category), ttc }];
  });
  const totalTtc = step("pricing.step.totalTtc", { ttc: moneyOf("self") });
  const ttc = scope.bind("ttc", note(totalTtc, sum(...byVat.map((part) => part.ttc))));
  return { bindings: scope.bindings, inputs: scope.inputs, ht, ttc, byVat };
}

/** R6 "a line billed alone uses its own category": an hour of waiter, a delivery, a standing table. */
function standalone(scope: Scope, variant: CheckedStandalone): Map<VatCategory, CategoryHt> {
  const price = scope.bind("product", linePrice(variant.line, "pricing.step.standalone", variant.unit));
  return new Map([[standaloneVat(variant.line), { ht: price, zero: false }]]);
}

/** Parts grouped by VAT category, in the order the categories first appear. */
function grouped(parts: readonly Part[]): Map<VatCategory, Expr[]> {
  const byCategory = new Map<VatCategory, Expr[]>();
  for (const part of parts)
    byCategory.set(part.category, [...(byCategory.get(part.category) ?? []), part.value]);
  return byCategory;
}

/** Spread or added event costs belong to repas (R6). */
function withRepas(
  categories: Map<VatCategory, Expr>,
  events: Expr,
  zero: boolean,
): Map<VatCategory, CategoryHt> {
  const result = new Map([...categories].map(([category, ht]) => [category, { ht, zero: false }]));
  const repas = categories.get("repas");
  result.set("repas", repas ? { ht: sum(repas, events), zero: false } : { ht: events, zero });
  return result;
}

/** R4: per person or tray; included delivery and staff spread once, round((delivery + staff) / guests). */
function perPerson(scope: Scope, variant: CheckedPerPerson): Map<VatCategory, CategoryHt> {
  const parts = serviceParts(scope, variant);
  const food = scope.bind("food", sum(...parts.map((part) => part.value)));
  const categories = new Map([...grouped(parts)].map(([category, values]) => [category, sum(...values)]));
  if (!variant.spread)
    return new Map([...categories].map(([category, ht]) => [category, { ht, zero: false }]));
  const guests = scope.input("guests", exact(variant.spread.guests));
  const events = sum(...eventCosts(scope, variant.spread.costs, food, guests));
  const spreadStep = step("pricing.step.spread", {
    total: moneyOf(events),
    guests: integerOf(guests),
    exact: quotientOf(events, guests),
    spread: moneyOf("self"),
    unit: fixed({ unit: variant.unit }),
  });
  const spread = scope.bind("spread", note(spreadStep, divideRound(events, guests)));
  return withRepas(categories, spread, false);
}

/** R5: a flat price, (product + extras) × guests + delivery + staff; nothing is spread. */
function prestation(scope: Scope, variant: CheckedPrestation): Map<VatCategory, CategoryHt> {
  const parts = serviceParts(scope, variant);
  const food = scope.bind("food", sum(...parts.map((part) => part.value)));
  const guests = scope.input("guests", exact(variant.guests));
  const costs = eventCosts(scope, variant.costs, food, guests);
  const prestationStep = step("pricing.step.prestation", {
    food: moneyOf(food),
    guests: integerOf(guests),
    subtotal: moneyOf(product(food, guests)),
    events: moneyOf("self"),
  });
  const events = scope.bind("events", note(prestationStep, costs.length > 0 ? sum(...costs) : num(0)));
  const categories = new Map(
    [...grouped(parts)].map(([category, values]) => [category, product(sum(...values), guests)]),
  );
  return withRepas(categories, events, costs.length === 0);
}
