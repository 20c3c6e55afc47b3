import type { MessageKey } from "../../i18n";
import type { CheckedDelivery, CheckedStaff, EventCosts } from "../variant/checked";
import { ZONES } from "../variant/model";
import { exact } from "./exact";
import {
  cell,
  divideUp,
  fixed,
  greater,
  hoursOf,
  integerOf,
  max,
  moneyOf,
  not,
  note,
  num,
  priceCell,
  priced,
  product,
  reaches,
  required,
  roleOf,
  round,
  step,
  sum,
  when,
  type Expr,
} from "./expression";
import { notPriceable } from "./findings";
import type { Scope } from "./scope";

export const FRANCO_ID = "livraison.franco_seuil_ht";
export const MINIMUM_HOURS_ID = "personnel.minimum_heures";

/** The delivery surcharges of R3, in the order they are added, with the flag that asks for each. */
export const SURCHARGES: readonly { readonly flag: "evening" | "weekend" | "pickup"; readonly id: string }[] =
  [
    { flag: "evening", id: "livraison.majoration_soir" },
    { flag: "weekend", id: "livraison.majoration_weekend" },
    { flag: "pickup", id: "livraison.reprise" },
  ];

/** A delivery line that must be offered, noted with its label and price. */
function deliveryLine(id: string, stepKey: MessageKey): Expr {
  const lineStep = step(stepKey, { label: fixed({ label: id }), price: moneyOf("self") });
  return note(lineStep, required(priceCell(id), notPriceable("pricing.line.notOffered", id)));
}

/**
 * R3 delivery HT: zone fee + the surcharges asked for, × 0 when the franco threshold is priced and the food subtotal
 * (food per person × guests) reaches it. Multiplying (rather than choosing 0) keeps every line asked for required,
 * franco or not: a zone the caterer does not serve is not free.
 */
export function deliveryCost(scope: Scope, delivery: CheckedDelivery, food: Expr, guests: Expr): Expr {
  const zone = scope.zone(
    delivery.zone,
    ZONES.map((one) => ({ when: one, then: deliveryLine(`livraison.${one}`, "pricing.step.deliveryZone") })),
  );
  const surcharges = SURCHARGES.filter((surcharge) => delivery[surcharge.flag]).map((surcharge) =>
    deliveryLine(surcharge.id, "pricing.step.deliverySurcharge"),
  );
  const fees = scope.bind("delivery.fees", sum(zone, ...surcharges));
  const franco = priceCell(FRANCO_ID);
  // Exact in the engine; in a workbook it keeps float noise out of the comparison.
  const subtotal = round(product(food, guests));
  const francoParams = {
    subtotal: moneyOf(subtotal),
    threshold: moneyOf(cell(franco)),
    total: moneyOf(fees),
  };
  const free = note(step("pricing.step.francoReached", francoParams), num(0));
  const billed = note(
    step("pricing.step.francoNotReached", francoParams, priced(franco)),
    note(step("pricing.step.deliveryTotal", { total: moneyOf(fees) }, not(priced(franco))), num(1)),
  );
  return product(fees, when(reaches(subtotal, franco), free, billed));
}

/** The number of staff: `count`, or ROUNDUP(guests / per_guests) for a ratio. */
function headcount(scope: Scope, staff: CheckedStaff, guests: Expr): Expr {
  if (staff.headcount.kind === "count") return scope.input("count", exact(staff.headcount.count));
  const perGuests = scope.input("perGuests", exact(staff.headcount.perGuests));
  const ratioStep = step("pricing.step.staffRatio", {
    guests: integerOf(guests),
    perGuests: integerOf(perGuests),
    count: integerOf("self"),
    role: fixed({ role: staff.role, count: 1 }),
  });
  return note(ratioStep, divideUp(guests, perGuests));
}

/**
 * R3 staff HT: count × max(hours, personnel.minimum_heures) × hourly rate, rounded once to the cent. A blank
 * minimum is no minimum (MAX ignores a blank cell).
 */
export function staffCost(scope: Scope, staff: CheckedStaff, guests: Expr): Expr {
  const count = scope.bind("staff.count", headcount(scope, staff, guests));
  const asked = scope.input("hours", exact(staff.centiHours, 2));
  const hours = max(asked, cell(priceCell(MINIMUM_HOURS_ID)));
  const minimumStep = step(
    "pricing.step.staffMinimum",
    { asked: hoursOf(asked), minimum: hoursOf("self") },
    greater(hours, asked),
  );
  const billed = scope.bind("staff.hours", note(minimumStep, hours));
  const rateId = `personnel.${staff.role}`;
  const rate = priceCell(rateId);
  const staffStep = step("pricing.step.staff", {
    count: integerOf(count),
    role: roleOf(staff.role, count),
    hours: hoursOf(billed),
    rate: moneyOf(cell(rate)),
    total: moneyOf("self"),
  });
  const total = round(
    product(count, billed, required(rate, notPriceable("pricing.line.notOffered", rateId))),
  );
  return note(staffStep, total);
}

/** The included event costs, delivery then staff, each bound (its steps come in that order). */
export function eventCosts(scope: Scope, costs: EventCosts, food: Expr, guests: Expr): Expr[] {
  const parts: Expr[] = [];
  if (costs.delivery) parts.push(scope.bind("delivery", deliveryCost(scope, costs.delivery, food, guests)));
  if (costs.staff) parts.push(scope.bind("staff", staffCost(scope, costs.staff, guests)));
  return parts;
}
