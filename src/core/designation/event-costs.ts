// Delivery and staff of a line, decided from what the tender, its sections and the designation say. Nothing is
// assumed: a delivery that is included but has no zone, or staff with no count, is a question for the caterer.

import type { Delivery, Staff, Zone } from "../variant/model";
import { reason, type Reason } from "./reasons";
import { said, type Stated } from "./stated";

export interface Decided<T> {
  readonly value?: T;
  readonly doubts: readonly Reason[];
  readonly at: readonly string[];
}

const none = <T>(doubts: Reason[] = [], at: readonly string[] = []): Decided<T> => ({ doubts, at });

function zoneOf(sources: readonly Stated[]): { zone?: Zone; doubt?: Reason; at: readonly string[] } {
  const zones = said(sources, (facts) => facts.zones);
  if (zones.values.length === 1) return { zone: zones.values[0], at: zones.at };
  if (zones.values.length === 0) return { doubt: reason("zoneMissing"), at: [] };
  return {
    zone: zones.values[0],
    doubt: reason(
      "zoneAmbiguous",
      {},
      zones.values.map((zone) => `livraison.${zone}`),
    ),
    at: zones.at,
  };
}

function pickupOf(sources: readonly Stated[], own: Stated | undefined): { pickup: boolean; doubt?: Reason } {
  const pickup = said(sources, (facts) => facts.included.pickup);
  if (pickup.values.length > 1) return { pickup: false, doubt: reason("pickupUnclear") };
  if (pickup.values.length === 1) return { pickup: pickup.values[0] };
  const mentioned = own?.facts.mentioned.includes("pickup") ?? false;
  return { pickup: false, ...(mentioned ? { doubt: reason("pickupUnclear") } : {}) };
}

/** Delivery of a dish or a drink: included (with zone, evening, weekend, pick-up), billed apart, or not said. */
export function decideDelivery(sources: readonly Stated[], own: Stated | undefined): Decided<Delivery> {
  const included = said(sources, (facts) => facts.included.delivery);
  if (included.values.length > 1) return none([reason("deliveryConflict")], included.at);
  if (included.values.length === 0) {
    // "livraison en soirée" or "reprise du matériel comprise" with no word on the delivery itself: ask.
    const mentioned = own?.facts.mentioned.includes("delivery") ?? false;
    const pickup = said(sources, (facts) => facts.included.pickup).values.includes(true);
    return none(mentioned || pickup ? [reason("deliveryUnclear")] : []);
  }
  if (!included.values[0]) return { value: { included: false }, doubts: [], at: included.at };
  const zone = zoneOf(sources);
  const pickup = pickupOf(sources, own);
  const value: Delivery = {
    included: true,
    ...(zone.zone ? { zone: zone.zone } : {}),
    evening: sources.some((source) => source.facts.evening),
    weekend: sources.some((source) => source.facts.weekend),
    pickup: pickup.pickup,
  };
  const doubts = [zone.doubt, pickup.doubt].filter((doubt): doubt is Reason => doubt !== undefined);
  return { value, doubts, at: [...included.at, ...zone.at] };
}

/** Staff with a dish: included with role, count or ratio and hours; billed apart; or not said. */
export function decideStaff(sources: readonly Stated[]): Decided<Staff> {
  const included = said(sources, (facts) => facts.included.staff);
  const details = said(sources, (facts) => (facts.staff ? [facts.staff] : []));
  const detail = details.values[0];
  const counted = detail !== undefined && (detail.count !== undefined || detail.perGuests !== undefined);
  if (included.values.length > 1) return none([reason("staffConflict")], included.at);
  if (included.values.length === 0 && !counted) return none();
  if (included.values.length === 1 && !included.values[0])
    return { value: { included: false }, doubts: [], at: included.at };
  const at = [...included.at, ...details.at];
  const complete =
    detail && counted && detail.hours !== undefined && !detail.unclear && details.values.length === 1;
  const value: Staff = {
    included: true,
    ...(detail ? { role: detail.role } : {}),
    count: detail?.count ?? null,
    per_guests: detail?.perGuests ?? null,
    ...(detail?.hours !== undefined ? { hours: detail.hours } : {}),
  };
  const doubts = complete && !detail.roleMaybe ? [] : [reason("staffUnclear")];
  return { value, doubts, at };
}

/** A line billed alone (equipment, an hour of staff) only takes what its own section says is billed apart. */
export function decideStandalone(
  sources: readonly Stated[],
  subject: "delivery" | "staff",
): Decided<{ included: false }> {
  const included = said(
    sources.filter((source) => source.explicit),
    (facts) => facts.included[subject],
  );
  if (included.values.length === 0) return none();
  if (included.values.length > 1)
    return none([reason(subject === "delivery" ? "deliveryConflict" : "staffConflict")]);
  if (included.values[0]) return none([reason("eventCostsStandalone")], included.at);
  return { value: { included: false }, doubts: [], at: included.at };
}
