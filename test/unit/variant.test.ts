import { readVariant, variantLabel, type Variant } from "../../src/core/variant";
import { t } from "../../src/i18n";
import { fixtureJson, workedExample } from "./pricing-helpers";

const codes = (value: unknown) => readVariant(value).findings.map((finding) => finding.code);

describe("readVariant: the variant of section 4", () => {
  test("the standard's example reads as is", () => {
    const example = {
      product: "cocktail",
      pieces: 8,
      extras: ["boissons.vin"],
      guests: 30,
      unit: "personne",
      delivery: { included: true, zone: "petite_couronne", evening: true, weekend: false, pickup: false },
      staff: { included: true, role: "serveur", count: null, per_guests: 30, hours: 3 },
      basis: "HT",
    };
    expect(readVariant(example)).toEqual({ variant: example, findings: [] });
  });

  test("defaults: no extras, the product's unit, HT, delivery flags false; en sus keeps only included", () => {
    expect(
      readVariant({ product: "plateau.classique", delivery: { included: true, zone: "paris" }, guests: 12 })
        .variant,
    ).toEqual({
      product: "plateau.classique",
      extras: [],
      guests: 12,
      unit: "plateau",
      delivery: { included: true, zone: "paris", evening: false, weekend: false, pickup: false },
      basis: "HT",
    });
    expect(readVariant({ product: "personnel.serveur", staff: { included: false } }).variant).toMatchObject({
      unit: "heure",
      staff: { included: false },
    });
  });

  test("every mapped variant of the public tender expectations is accepted", () => {
    for (const name of ["t-mairie", "t-departement", "t-etablissement"]) {
      const expected = fixtureJson("tenders", `${name}.expected.json`) as { lines: { variant?: unknown }[] };
      for (const line of expected.lines.filter((one) => one.variant)) {
        expect({ line: line.variant, findings: readVariant(line.variant).findings }).toEqual({
          line: line.variant,
          findings: [],
        });
      }
    }
  });

  test.each([
    [[], "variant.notObject"],
    [{ pieces: 8 }, "variant.product.missing"],
    [{ product: "cocktail" }, "variant.pieces.missing"],
    [{ product: "cocktail", pieces: 0 }, "variant.pieces.invalid"],
    [{ product: "cocktail", pieces: 8.5 }, "variant.pieces.invalid"],
    [{ product: "cocktail", pieces: "8" }, "variant.pieces.invalid"],
    [{ product: "buffet.froid", pieces: 8 }, "variant.pieces.unexpected"],
    [{ product: "petits-fours" }, "variant.product.unknown"],
    [{ product: "livraison.franco_seuil_ht" }, "variant.product.notPriceLine"],
    [{ product: "cocktail", pieces: 8, unit: "heure" }, "variant.unit.mismatch"],
    [{ product: "cocktail", pieces: 8, unit: "kilo" }, "variant.unit.unknown"],
    [{ product: "personnel.serveur", unit: "personne" }, "variant.unit.mismatch"],
    [{ product: "cocktail", pieces: 8, extras: "boissons.vin" }, "variant.extras.invalid"],
    [{ product: "cocktail", pieces: 8, extras: ["boissons.biere"] }, "variant.extra.unknown"],
    [{ product: "cocktail", pieces: 8, extras: ["materiel.mange_debout"] }, "variant.extra.notPerPerson"],
    [{ product: "cocktail", pieces: 8, extras: ["boissons.vin", "boissons.vin"] }, "variant.extra.duplicate"],
    [{ product: "boissons.vin", extras: ["boissons.vin"] }, "variant.extra.isProduct"],
    [{ product: "personnel.serveur", extras: ["boissons.vin"] }, "variant.extras.standalone"],
    [{ product: "cocktail", pieces: 8, guests: 0 }, "variant.guests.invalid"],
    [{ product: "cocktail", pieces: 8, guests: -5 }, "variant.guests.invalid"],
    [{ product: "cocktail", pieces: 8, guests: 12.5 }, "variant.guests.invalid"],
    [{ product: "buffet.froid", unit: "prestation" }, "variant.guests.missing"],
    [
      { product: "cocktail", pieces: 8, delivery: { included: true, zone: "paris" } },
      "variant.guests.missing",
    ],
    [{ product: "cocktail", pieces: 8, guests: 30, delivery: { included: true } }, "variant.zone.missing"],
    [
      { product: "cocktail", pieces: 8, guests: 30, delivery: { included: true, zone: "lyon" } },
      "variant.zone.unknown",
    ],
    [
      { product: "cocktail", pieces: 8, guests: 30, delivery: { included: "oui" } },
      "variant.included.invalid",
    ],
    [
      { product: "cocktail", pieces: 8, guests: 30, delivery: { included: true, zone: "paris", evening: 1 } },
      "variant.flag.invalid",
    ],
    [{ product: "cocktail", pieces: 8, guests: 30, delivery: "comprise" }, "variant.section.invalid"],
    [
      { product: "livraison.paris", delivery: { included: true, zone: "paris" } },
      "variant.eventCosts.standalone",
    ],
    [
      {
        product: "cocktail",
        pieces: 8,
        guests: 30,
        staff: { included: true, role: "serveur", per_guests: 0, hours: 3 },
      },
      "variant.staff.perGuests",
    ],
    [
      {
        product: "cocktail",
        pieces: 8,
        guests: 30,
        staff: { included: true, role: "serveur", count: 0, hours: 3 },
      },
      "variant.staff.count",
    ],
    [
      { product: "cocktail", pieces: 8, guests: 30, staff: { included: true, role: "serveur", hours: 3 } },
      "variant.staff.countMissing",
    ],
    [
      {
        product: "cocktail",
        pieces: 8,
        guests: 30,
        staff: { included: true, role: "serveur", count: 2, per_guests: 30, hours: 3 },
      },
      "variant.staff.countAmbiguous",
    ],
    [
      {
        product: "cocktail",
        pieces: 8,
        guests: 30,
        staff: { included: true, role: "plongeur", count: 2, hours: 3 },
      },
      "variant.staff.role",
    ],
    [
      { product: "cocktail", pieces: 8, guests: 30, staff: { included: true, role: "serveur", count: 2 } },
      "variant.staff.hours",
    ],
    [
      {
        product: "cocktail",
        pieces: 8,
        guests: 30,
        staff: { included: true, role: "serveur", count: 2, hours: 2.125 },
      },
      "variant.staff.hours",
    ],
    [
      {
        product: "cocktail",
        pieces: 8,
        guests: 30,
        staff: { included: true, role: "serveur", count: 2, hours: 0 },
      },
      "variant.staff.hours",
    ],
    [{ product: "cocktail", pieces: 8, basis: "TVAC" }, "variant.basis.invalid"],
  ])("%j → %s, an error with a message in fr and en", (value, code) => {
    const { variant, findings } = readVariant(value);
    expect(variant).toBeNull();
    expect(findings.map((finding) => finding.code)).toContain(code);
    const finding = findings.find((one) => one.code === code)!;
    expect(finding.severity).toBe("error");
    for (const lang of ["fr", "en"] as const)
      expect(t(lang, finding.messageKey, finding.params)).not.toMatch(/^\[|\{\w+\}/);
  });

  test("unknown fields are errors, each named: a misspelt field must not give another line's price", () => {
    expect(
      codes({
        product: "cocktail",
        pieces: 8,
        convives: 30,
        delivery: { included: false, zone: "paris", soir: true },
      }),
    ).toEqual(["variant.unknownField", "variant.unknownField"]);
    const misspelt = readVariant({ product: "cocktail", pieces: 8, convives: 30 });
    expect(misspelt.variant).toBeNull();
    expect(t("fr", misspelt.findings[0].messageKey, misspelt.findings[0].params)).toContain("guests");
  });
});

describe("variantLabel: one canonical label per variant", () => {
  const e5: Variant = workedExample("E5").variant;

  test("the standard's example, in French and English", () => {
    expect(variantLabel(e5, "fr")).toBe(
      "Cocktail 8 pièces + forfait vin, livraison comprise (petite couronne, soirée), base 30 convives",
    );
    expect(variantLabel(e5, "en")).toBe(
      "Cocktail, 8 pieces + wine package, delivery included (inner suburbs, evening), based on 30 guests",
    );
  });

  test.each<[Variant, string]>([
    [
      {
        product: "cocktail",
        pieces: 9,
        extras: [],
        unit: "personne",
        delivery: { included: false },
        basis: "HT",
      },
      "Cocktail 9 pièces, livraison en sus",
    ],
    [{ product: "personnel.maitre_hotel", extras: [], unit: "heure", basis: "HT" }, "Maître d'hôtel"],
    [
      {
        product: "plateau.classique",
        extras: [],
        guests: 12,
        unit: "plateau",
        delivery: { included: true, zone: "paris" },
        basis: "HT",
      },
      "Plateau-repas classique, livraison comprise (Paris), base 12 plateaux",
    ],
    [
      {
        product: "buffet.froid",
        extras: [],
        guests: 40,
        unit: "prestation",
        delivery: { included: true, zone: "grande_couronne", weekend: true, pickup: true },
        basis: "HT",
      },
      "Buffet froid, livraison comprise (grande couronne, week-end ou jour férié, reprise du matériel), forfait pour 40 convives",
    ],
    [
      {
        product: "cocktail",
        pieces: 12,
        extras: [],
        guests: 100,
        unit: "personne",
        staff: { included: true, role: "serveur", count: null, per_guests: 30, hours: 3 },
        basis: "HT",
      },
      "Cocktail 12 pièces, service compris (1 serveur pour 30 convives, 3 h), base 100 convives",
    ],
    [
      {
        product: "cocktail",
        pieces: 12,
        extras: [],
        guests: 100,
        unit: "personne",
        staff: { included: true, role: "maitre_hotel", count: 2, hours: 3.5 },
        basis: "HT",
      },
      "Cocktail 12 pièces, service compris (2 maîtres d'hôtel, 3,5 h), base 100 convives",
    ],
  ])("%j → %s", (variant, label) => {
    expect(variantLabel(variant, "fr")).toBe(label);
  });
});
