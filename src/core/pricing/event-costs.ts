import type { Finding } from "../findings";
import type { Cents } from "../money/cents";
import { scaledFromNumber } from "../money/decimal";
import { divCeil, divRound } from "../money/round";
import type { Grid } from "../grid/model";
import type { Delivery, Staff, StaffRole } from "../variant/model";
import { notPriceable } from "./findings";
import type { BreakdownStep } from "./types";

export const FRANCO_ID = "livraison.franco_seuil_ht";
export const MINIMUM_HOURS_ID = "personnel.minimum_heures";

/** The delivery surcharges of R3, in the order they are added, with the flag that asks for each. */
export const SURCHARGES: readonly { readonly flag: "evening" | "weekend" | "pickup"; readonly id: string }[] =
  [
    { flag: "evening", id: "livraison.majoration_soir" },
    { flag: "weekend", id: "livraison.majoration_weekend" },
    { flag: "pickup", id: "livraison.reprise" },
  ];

export type CostResult =
  | { readonly ok: true; readonly cents: Cents; readonly steps: BreakdownStep[] }
  | { readonly ok: false; readonly finding: Finding };

const money = (cents: Cents) => ({ money: cents });

/**
 * R3 delivery HT: zone fee + the surcharges asked for; 0 when the franco threshold is priced and the food subtotal
 * reaches it. Every line asked for must be offered, franco or not (a zone the caterer does not serve is not free).
 */
export function deliveryCost(grid: Grid, delivery: Delivery, foodSubtotal: Cents): CostResult {
  const zoneId = `livraison.${delivery.zone}`;
  const lines = [
    zoneId,
    ...SURCHARGES.filter((surcharge) => delivery[surcharge.flag] === true).map((surcharge) => surcharge.id),
  ];
  const missing = lines.find((id) => (grid.prices[id] ?? null) === null);
  if (missing) return { ok: false, finding: notPriceable("pricing.line.notOffered", missing) };
  const steps: BreakdownStep[] = lines.map((id, index) => ({
    key: index === 0 ? "pricing.step.deliveryZone" : "pricing.step.deliverySurcharge",
    params: { label: { label: id }, price: money(grid.prices[id] as Cents) },
  }));
  const fees = lines.reduce((total, id) => total + (grid.prices[id] as Cents), 0);
  const threshold = grid.prices[FRANCO_ID] ?? null;
  if (threshold === null)
    return {
      ok: true,
      cents: fees,
      steps: [...steps, { key: "pricing.step.deliveryTotal", params: { total: money(fees) } }],
    };
  const reached = foodSubtotal >= threshold;
  const francoStep: BreakdownStep = {
    key: reached ? "pricing.step.francoReached" : "pricing.step.francoNotReached",
    params: { subtotal: money(foodSubtotal), threshold: money(threshold), total: money(fees) },
  };
  return { ok: true, cents: reached ? 0 : fees, steps: [...steps, francoStep] };
}

/** Hours as hundredths (3.5 → 350); validity was checked with the variant. */
export function centiHours(hours: number): number {
  const scaled = scaledFromNumber(hours, 2, 2400);
  if (!scaled.ok) throw new RangeError(`invalid hours ${hours}`);
  return scaled.value;
}

/** The number of staff: `count`, or ceil(guests / per_guests). */
export function staffCount(staff: Staff, guests: number): number {
  return staff.count ?? divCeil(guests, staff.per_guests as number);
}

/** R3 staff HT: count × max(hours, personnel.minimum_heures) × hourly rate, rounded once to the cent. */
export function staffCost(grid: Grid, staff: Staff, guests: number): CostResult {
  const rateId = `personnel.${staff.role}`;
  const rate = grid.prices[rateId] ?? null;
  if (rate === null) return { ok: false, finding: notPriceable("pricing.line.notOffered", rateId) };
  const count = staffCount(staff, guests);
  const asked = centiHours(staff.hours as number);
  const minimum = grid.prices[MINIMUM_HOURS_ID] ?? 0;
  const billed = Math.max(asked, minimum);
  const cents = divRound(count * billed * rate, 100);
  const steps: BreakdownStep[] = [];
  if (staff.count == null)
    steps.push({
      key: "pricing.step.staffRatio",
      params: {
        guests,
        perGuests: staff.per_guests as number,
        count,
        role: { role: staff.role as StaffRole, count: 1 },
      },
    });
  if (billed > asked)
    steps.push({
      key: "pricing.step.staffMinimum",
      params: { asked: { hours: asked }, minimum: { hours: minimum } },
    });
  steps.push({
    key: "pricing.step.staff",
    params: {
      count,
      role: { role: staff.role as StaffRole, count },
      hours: { hours: billed },
      rate: money(rate),
      total: money(cents),
    },
  });
  return { ok: true, cents, steps };
}
