import type { KeySuffix } from "../../i18n";
import type { Cents } from "../money/cents";
import type { BreakdownStep } from "./types";

// The amount a breakdown step stands for, for a face that shows a breakdown as (step, amount) rows (=GRILLE.DETAIL):
// the money the step adds or totals. Steps that state a count or a duration (staff headcount, minimum hours) or a
// decision (franco reached) have none.

type StepName = KeySuffix<"pricing.step.">;

/** Per step, the parameter holding its amount; null when the step has no amount of its own. */
const STEP_AMOUNT: Readonly<Record<StepName, string | null>> = {
  cocktail: "price",
  cocktailFallback: "price",
  product: "price",
  extra: "price",
  standalone: "price",
  deliveryZone: "price",
  deliverySurcharge: "price",
  deliveryTotal: "total",
  francoReached: null,
  francoNotReached: "total",
  staffRatio: null,
  staffMinimum: null,
  staff: "total",
  spread: "spread",
  prestation: "events",
  totalHt: "ht",
  vat: "ttc",
  totalTtc: "ttc",
};

/** The step's amount in cents, or null when it has none. */
export function stepAmount(step: BreakdownStep): Cents | null {
  const name = step.key.startsWith("pricing.step.")
    ? STEP_AMOUNT[step.key.slice("pricing.step.".length) as StepName]
    : null;
  const value = name ? step.params[name] : undefined;
  return typeof value === "object" && "money" in value ? value.money : null;
}
