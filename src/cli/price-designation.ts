import type { Reason } from "../core/designation";
import { reasonText } from "../core/tender";
import { designationVariant, type DesignationRequest } from "../usecases/designation-variant";
import type { VariantLine } from "../usecases/price-variants";
import { hasVariantOptions, type VariantOptions } from "../usecases/variant-options";
import type { CliContext } from "./context";
import { CliError } from "./errors";

// `grille price --designation "…" [--guests N] [--basis HT|TTC]`: the line read as =GRILLE.PRIX reads it (the same
// use case), then priced like any other variant. A reading the reader is unsure of is not priced: its reason.

/** The variant options a designation may come with: the guests and the basis, which the words may not state. */
const WITH_DESIGNATION: ReadonlySet<keyof VariantOptions> = new Set(["guests", "basis"]);

function request(designation: string, options: VariantOptions): DesignationRequest {
  const others = Object.fromEntries(
    Object.entries(options).filter(([key]) => !WITH_DESIGNATION.has(key as keyof VariantOptions)),
  );
  if (hasVariantOptions(others)) throw new CliError("cli.price.designationOptions");
  const guests = options.guests?.trim();
  if (guests !== undefined && !/^[1-9]\d*$/.test(guests))
    throw new CliError("cli.price.designationGuests", { value: options.guests ?? "" });
  const basis = options.basis?.trim().toUpperCase();
  if (basis !== undefined && basis !== "HT" && basis !== "TTC")
    throw new CliError("cli.price.designationBasis", { value: options.basis ?? "" });
  return {
    designation,
    ...(guests === undefined ? {} : { guests: Number(guests) }),
    ...(basis === undefined ? {} : { basis }),
  };
}

export type DesignationLines =
  | { readonly ok: true; readonly lines: readonly VariantLine[] }
  | { readonly ok: false; readonly reason: Reason };

export function designationLines(designation: string, options: VariantOptions): DesignationLines {
  const read = designationVariant(request(designation, options));
  if (!read.ok) return read;
  return { ok: true, lines: [{ id: "variant", named: false, variant: read.variant }] };
}

/** Why the line is not priced, in the shape of a priced line's error (`--json`) or as one line of text. */
export function printUnread(reason: Reason, json: boolean, ctx: CliContext): void {
  const message = reasonText(reason, ctx.lang);
  if (json)
    ctx.out(
      JSON.stringify([{ id: "variant", error: { code: `designation.${reason.code}`, message } }], null, 2),
    );
  else ctx.out(`  ${ctx.t("cli.price.notPriced")} ${message}`);
}
