import type { Delivery, Staff, Variant, VariantUnit, Zone } from "../../src/core/variant/model";

/**
 * A variant written in one short line, for tables of expected readings:
 *   cocktail:8+boissons.vin personne guests=50 delivery=paris,evening staff=serveur/30@3 basis=TTC
 * - product (cocktail:PIECES or a price-line id), "+id" for each extra, then the unit;
 * - guests=N; delivery=no | ZONE[,evening][,weekend][,pickup]; staff=no | ROLE/PER@HOURS | COUNTxROLE@HOURS;
 * - basis=TTC (HT when absent).
 */
export function variantFromNotation(text: string): Variant {
  const [head, unit, ...options] = text.trim().split(/\s+/);
  const [product, ...extras] = head.split("+");
  const [id, pieces] = product.split(":");
  const fields = new Map(options.map((option) => option.split("=") as [string, string]));
  return {
    product: id,
    ...(pieces ? { pieces: Number(pieces) } : {}),
    extras,
    ...(fields.has("guests") ? { guests: Number(fields.get("guests")) } : {}),
    unit: unit as VariantUnit,
    ...(fields.has("delivery") ? { delivery: delivery(fields.get("delivery") ?? "") } : {}),
    ...(fields.has("staff") ? { staff: staff(fields.get("staff") ?? "") } : {}),
    basis: fields.get("basis") === "TTC" ? "TTC" : "HT",
  };
}

function delivery(text: string): Delivery {
  if (text === "no") return { included: false };
  const [zone, ...flags] = text.split(",");
  return {
    included: true,
    zone: zone as Zone,
    evening: flags.includes("evening"),
    weekend: flags.includes("weekend"),
    pickup: flags.includes("pickup"),
  };
}

function staff(text: string): Staff {
  if (text === "no") return { included: false };
  const [who, hours] = text.split("@");
  const counted = /^(\d+)x(.+)$/.exec(who);
  if (counted)
    return {
      included: true,
      role: counted[2] as Staff["role"],
      count: Number(counted[1]),
      per_guests: null,
      hours: Number(hours),
    };
  const [role, per] = who.split("/");
  return {
    included: true,
    role: role as Staff["role"],
    count: null,
    per_guests: Number(per),
    hours: Number(hours),
  };
}
