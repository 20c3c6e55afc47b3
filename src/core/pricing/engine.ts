import type { Finding } from "../findings";
import type { Cents } from "../money/cents";
import { divRound } from "../money/round";
import { standaloneVat, type VatCategory } from "../grid/catalogue";
import type { Grid } from "../grid/model";
import { checkVariant } from "../variant/check";
import type { Variant } from "../variant/model";
import { isStandalone, priceLine } from "../variant/product";
import { deliveryCost, staffCost } from "./event-costs";
import { notPriceable } from "./findings";
import { perPersonParts, type PerPersonPart } from "./product";
import type { BreakdownStep, PriceResult } from "./types";
import { vatParts, vatSteps } from "./vat";

const money = (cents: Cents) => ({ money: cents });

/**
 * The price of one variant from one grid (R1–R6), HT and TTC in cents, with its breakdown. A variant breaking a
 * rule, or asking for a line the grid does not offer, is not priceable: the result carries the finding.
 */
export function priceVariant(grid: Grid, variant: Variant): PriceResult {
  const problem = checkVariant(variant).find((finding) => finding.severity === "error");
  if (problem) return { ok: false, finding: problem };
  return isStandalone(variant) ? priceStandalone(grid, variant) : pricePerPerson(grid, variant);
}

/** R6 "a line billed alone uses its own category": an hour of waiter, a delivery, a standing table. */
function priceStandalone(grid: Grid, variant: Variant): PriceResult {
  const line = priceLine(variant.product);
  const cents = grid.prices[variant.product] ?? null;
  if (!line || cents === null)
    return { ok: false, finding: notPriceable("pricing.line.notOffered", variant.product) };
  const category = standaloneVat(line);
  const steps: BreakdownStep[] = [
    {
      key: "pricing.step.standalone",
      params: {
        label: { label: line.id },
        price: money(cents),
        unit: { unit: variant.unit },
        category: { category },
      },
    },
  ];
  return finish(grid, variant, new Map([[category, cents]]), steps);
}

interface EventCosts {
  readonly delivery: Cents;
  readonly staff: Cents;
  readonly steps: BreakdownStep[];
}

function eventCosts(
  grid: Grid,
  variant: Variant,
  foodPerPerson: Cents,
): { ok: true; costs: EventCosts } | { ok: false; finding: Finding } {
  const guests = variant.guests ?? 0;
  const steps: BreakdownStep[] = [];
  let delivery = 0;
  let staff = 0;
  if (variant.delivery?.included) {
    const result = deliveryCost(grid, variant.delivery, foodPerPerson * guests);
    if (!result.ok) return result;
    delivery = result.cents;
    steps.push(...result.steps);
  }
  if (variant.staff?.included) {
    const result = staffCost(grid, variant.staff, guests);
    if (!result.ok) return result;
    staff = result.cents;
    steps.push(...result.steps);
  }
  return { ok: true, costs: { delivery, staff, steps } };
}

function sumByCategory(parts: readonly PerPersonPart[], times: number): Map<VatCategory, Cents> {
  const byCategory = new Map<VatCategory, Cents>();
  for (const part of parts)
    byCategory.set(part.category, (byCategory.get(part.category) ?? 0) + part.cents * times);
  return byCategory;
}

/** R1, R2, R3 then R4 (spread per person or tray) or R5 (a flat prestation), then R6. */
function pricePerPerson(grid: Grid, variant: Variant): PriceResult {
  const found = perPersonParts(grid, variant);
  if (!found.ok) return found;
  const food = found.parts.reduce((total, part) => total + part.cents, 0);
  const steps = found.parts.map((part) => part.step);
  const costs = eventCosts(grid, variant, food);
  if (!costs.ok) return costs;
  const { delivery, staff } = costs.costs;
  steps.push(...costs.costs.steps);
  const guests = variant.guests ?? 1;
  const isPrestation = variant.unit === "prestation";
  const byCategory = sumByCategory(found.parts, isPrestation ? guests : 1);
  const eventTotal = delivery + staff;
  const hasEventCosts = variant.delivery?.included === true || variant.staff?.included === true;
  if (isPrestation) {
    steps.push({
      key: "pricing.step.prestation",
      params: { food: money(food), guests, subtotal: money(food * guests), events: money(eventTotal) },
    });
    byCategory.set("repas", (byCategory.get("repas") ?? 0) + eventTotal);
  } else if (hasEventCosts) {
    const spread = divRound(eventTotal, guests);
    steps.push({
      key: "pricing.step.spread",
      params: {
        total: money(eventTotal),
        guests,
        exact: { quotient: [eventTotal, guests] },
        spread: money(spread),
        unit: { unit: variant.unit === "plateau" ? "plateau" : "personne" },
      },
    });
    byCategory.set("repas", (byCategory.get("repas") ?? 0) + spread);
  }
  return finish(grid, variant, byCategory, steps);
}

function finish(
  grid: Grid,
  variant: Variant,
  byCategory: Map<VatCategory, Cents>,
  steps: BreakdownStep[],
): PriceResult {
  const byVat = vatParts(grid, byCategory);
  const ht = byVat.reduce((total, part) => total + part.ht, 0);
  const ttc = byVat.reduce((total, part) => total + part.ttc, 0);
  const breakdown: BreakdownStep[] = [
    ...steps,
    { key: "pricing.step.totalHt", params: { ht: money(ht), unit: { unit: variant.unit } } },
    ...vatSteps(byVat),
  ];
  return { ok: true, ht, ttc, byVat, breakdown };
}
