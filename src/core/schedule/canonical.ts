// The compact canonical JSON of a variant: the standard's field order, no spaces, absent and null fields left
// out. The schedule writes it in each line's hidden column; reading it back with readVariant gives the same
// variant, so the tender mapping never has to guess what a line of a standard schedule asks for.

import type { Variant } from "../variant/model";

type Json = string | number | boolean | readonly Json[] | { readonly [key: string]: Json };

/** Field order of section 4 of the standard, per object. */
const ORDER: Readonly<Record<string, readonly string[]>> = {
  variant: ["product", "pieces", "extras", "guests", "unit", "delivery", "staff", "basis"],
  delivery: ["included", "zone", "evening", "weekend", "pickup"],
  staff: ["included", "role", "count", "per_guests", "hours"],
};

function ordered(value: unknown, order: readonly string[]): Json {
  const object = value as Readonly<Record<string, unknown>>;
  const out: Record<string, Json> = {};
  for (const key of order) {
    const field = object[key];
    if (field === undefined || field === null) continue;
    out[key] = key in ORDER ? ordered(field, ORDER[key]) : (field as Json);
  }
  return out;
}

export function canonicalVariantJson(variant: Variant): string {
  return JSON.stringify(ordered(variant, ORDER.variant));
}
