import * as path from "node:path";
import { run, type CliStreams } from "../../src/cli/main";
import type { Variant } from "../../src/core/variant";
import { t } from "../../src/i18n";
import { FIXTURES, WORKED_EXAMPLES } from "./pricing-helpers";

// `grille price` with plain options instead of hand-written JSON: every worked example of the standard described
// with options (English flags and French aliases, values in any case and with accents) gives exactly what the same
// variant as --variant JSON gives.

const REFERENCE = path.join(FIXTURES, "grids", "reference.json");

async function grille(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const streams: CliStreams = {
    out: (text) => (out += `${text}\n`),
    err: (text) => (err += `${text}\n`),
    env: {},
  };
  const code = await run(["node", "grille", ...args], streams);
  return { code, out, err };
}

/** How a caterer would type each zone and role: the words on screen, capitals and accents as they come. */
const ZONE_WORDS = { paris: "Paris", petite_couronne: "Petite Couronne", grande_couronne: "grande-couronne" };
const ROLE_WORDS = { maitre_hotel: "Maître d'hôtel", serveur: "SERVEUR", cuisinier: "cuisinier" };

/** The options for `variant`; `french` uses the French aliases. Written from the standard, not from the code. */
function optionsOf(variant: Variant, french: boolean): string[] {
  const flag = (english: string, alias: string) => `--${french ? alias : english}`;
  const args = [flag("product", "produit"), variant.product];
  if (variant.pieces !== undefined) args.push("--pieces", String(variant.pieces));
  for (const extra of variant.extras) args.push(flag("extra", "supplement"), extra);
  if (variant.guests !== undefined) args.push(flag("guests", "convives"), String(variant.guests));
  args.push(flag("per", "par"), variant.unit);
  const delivery = variant.delivery;
  if (delivery && !delivery.included)
    args.push(flag("delivery", "livraison"), french ? "en-sus" : "excluded");
  if (delivery?.included) {
    args.push(flag("delivery", "livraison"), french ? "Comprise" : "included");
    if (delivery.zone) args.push("--zone", ZONE_WORDS[delivery.zone]);
    if (delivery.evening) args.push(flag("evening", "soir"));
    if (delivery.weekend) args.push(flag("weekend", "week-end"));
    if (delivery.pickup) args.push(flag("pickup", "retrait"));
  }
  const staff = variant.staff;
  if (staff && !staff.included) args.push(flag("staff", "personnel"), "en sus");
  if (staff?.included) {
    if (staff.role) args.push(flag("staff", "personnel"), ROLE_WORDS[staff.role]);
    if (staff.per_guests != null) args.push("--staff-per-guests", String(staff.per_guests));
    if (staff.count != null) args.push("--staff-count", String(staff.count));
    if (staff.hours !== undefined) args.push("--staff-hours", String(staff.hours));
  }
  args.push(flag("basis", "base"), variant.basis.toLowerCase());
  return args;
}

describe("price options give what the same variant as JSON gives", () => {
  test.each(WORKED_EXAMPLES.map((example) => [example.name, example] as const))(
    "%s, in English flags and French aliases",
    async (_name, example) => {
      const json = await grille(
        "price",
        "--grid",
        REFERENCE,
        "--variant",
        JSON.stringify(example.variant),
        "--json",
      );
      for (const french of [false, true]) {
        const options = await grille(
          "price",
          "--grid",
          REFERENCE,
          ...optionsOf(example.variant, french),
          "--json",
        );
        expect({ code: options.code, out: options.out, err: options.err }).toEqual({
          code: json.code,
          out: json.out,
          err: json.err,
        });
      }
    },
  );

  test("a staff ratio without a role is not dropped: the line is refused, naming the roles in words", async () => {
    const asked = await grille(
      "price",
      "--grid",
      REFERENCE,
      "--produit",
      "cocktail",
      "--pieces",
      "8",
      "--convives",
      "30",
      "--staff-per-guests",
      "30",
    );
    expect(asked.code).toBe(1);
    expect(asked.out).toContain("maître d'hôtel, serveur ou cuisinier");
  });

  test("options and JSON together are refused in words", async () => {
    const both = await grille("price", "--grid", REFERENCE, "--produit", "cocktail", "--variant", "{}");
    expect(both.code).toBe(2);
    expect(both.err.trim()).toBe(t("fr", "cli.price.optionsAndJson"));
  });

  test("a malformed --variant gets a French message with its line and column", async () => {
    const broken = await grille(
      "price",
      "--grid",
      REFERENCE,
      "--variant",
      '{"product": "cocktail",\n "pieces" 8}',
    );
    expect(broken.code).toBe(2);
    expect(broken.err.trim()).toBe(t("fr", "cli.price.variantJsonAt", { line: 2, column: 11 }));
  });

  test("--help lists the standard's products, extras, zones and units", async () => {
    const help = await grille("price", "--help");
    for (const word of [
      "cocktail",
      "plateau.classique",
      "boissons.vin",
      "petite_couronne",
      "plateau",
      "--produit",
    ])
      expect(help.out).toContain(word);
    expect(help.out).not.toContain("(default");
  });
});
