import { basisPoints, type Cents } from "../../src/core/money";
import { emptyGrid, luhnValid, siretProblem, validateGrid, type Grid } from "../../src/core/grid";
import { loadGrid } from "./pricing-helpers";

const reference = loadGrid("reference");
const withIdentity = (values: Record<string, unknown>): Grid => ({
  ...reference,
  identity: { ...reference.identity, ...values } as Grid["identity"],
});
const codes = (grid: Grid, today?: string) => validateGrid(grid, { today }).map((finding) => finding.code);

describe("SIRET", () => {
  test.each([
    ["73282932000074", null],
    ["732 829 320 00074", null],
    ["73282932000075", "checksum"],
    ["7328293200007", "format"],
    ["7328293200007A", "format"],
    // La Poste: SIREN 356000000, digit sum divisible by 5 (Luhn does not apply).
    ["35600000049837", null],
    ["35600000000048", "checksum"],
  ])("%s → %p", (siret, problem) => {
    expect(siretProblem(siret)).toBe(problem);
  });

  test("the La Poste SIRET that passes the mod-5 rule fails plain Luhn (the exception is needed)", () => {
    expect(luhnValid("35600000049837")).toBe(false);
  });
});

describe("identity rules", () => {
  test("the reference grid is valid", () => {
    expect(codes(reference)).toEqual([]);
  });

  test.each([
    [{ "entreprise.contact_email": "devis@traiteur.example" }, []],
    [{ "entreprise.contact_email": "devis@traiteur" }, ["grid.email"]],
    [{ "entreprise.contact_telephone": "01 99 00 41 27" }, []],
    [{ "entreprise.contact_telephone": "+33 1 99 00 41 27" }, []],
    [{ "entreprise.contact_telephone": "appelez-nous" }, ["grid.phone"]],
    [{ "entreprise.type_structure": "SCOP" }, []],
    [{ "entreprise.type_structure": "scop" }, ["grid.enum"]],
    [{ "entreprise.departements": ["75", "93"] }, []],
    [{ "entreprise.departements": ["75", "2A"] }, ["grid.departement"]],
    [{ "engagements.heures_insertion_an": 0 }, []],
    [{ "engagements.heures_insertion_an": 12.5 }, ["grid.integer"]],
    [{ "engagements.heures_insertion_an": -1 }, ["grid.integer"]],
    [{ "capacite.couverts_max_jour": 0 }, ["grid.integer"]],
    [{ "engagements.part_bio_pct": 45.5 }, []],
    [{ "engagements.part_bio_pct": 100.01 }, ["grid.percent"]],
    [{ "commande.minimum_ht": 15000 }, []],
    [{ "commande.minimum_ht": 12.5 }, ["grid.amount.invalid"]],
    [{ "prix.validite": "2028-02-29" }, []],
    [{ "prix.validite": "2027-02-29" }, ["grid.date"]],
    [{ "prix.validite": "30/06/2027" }, ["grid.date"]],
    [{ "entreprise.raison_sociale": null }, ["grid.required"]],
    [{ "entreprise.siret": "" }, ["grid.required"]],
    // Texts a spreadsheet would run as formulas once copied into it: flagged, never rewritten.
    [{ "entreprise.raison_sociale": '=HYPERLINK("http://x.invalid")' }, ["grid.formulaLike"]],
    [{ "entreprise.raison_sociale": "@SUM(A1)" }, ["grid.formulaLike"]],
    [{ "entreprise.raison_sociale": "-2+3" }, ["grid.formulaLike"]],
    [{ "entreprise.raison_sociale": "Traiteur = Saveurs" }, []],
    [{ "entreprise.contact_email": "=devis@traiteur.example" }, ["grid.formulaLike"]],
    [{ "entreprise.contact_telephone": "=01 99 00 41 27" }, ["grid.formulaLike", "grid.phone"]],
    [{ "entreprise.contact_telephone": "+cmd|calc" }, ["grid.formulaLike", "grid.phone"]],
  ])("%p → %p", (values, expected) => {
    expect(codes(withIdentity(values))).toEqual(expected);
  });

  test("a validity date already past is a warning when today is given", () => {
    const grid = withIdentity({ "prix.validite": "2026-01-31" });
    expect(codes(grid, "2026-11-28")).toEqual(["grid.date.past"]);
    expect(codes(grid)).toEqual([]);
  });
});

describe("price rules", () => {
  test("a price of 0 is a warning (free), a fraction of a cent or a negative an error", () => {
    // Values the types refuse, as a hand-edited or foreign grid may still hold them.
    const grid = (value: number): Grid => ({
      ...reference,
      prices: { ...reference.prices, "pause.cafe": value as Cents },
    });
    expect(codes(grid(0))).toEqual(["grid.price.zero"]);
    expect(codes(grid(12.5))).toEqual(["grid.amount.invalid"]);
    expect(codes(grid(-1))).toEqual(["grid.amount.invalid"]);
  });

  test("a grid offering nothing is a warning; an invalid VAT rate an error", () => {
    const empty = emptyGrid();
    const identity = { ...empty, identity: reference.identity };
    expect(codes(identity)).toEqual(["grid.prices.none"]);
    expect(codes({ ...reference, vat: { ...reference.vat, repas: basisPoints(10001) } })).toEqual([
      "grid.vat.invalid",
    ]);
  });

  test("every finding carries a code, a severity, the id concerned and a message key", () => {
    for (const finding of validateGrid(
      withIdentity({ "entreprise.siret": "1", "entreprise.contact_email": "x" }),
    )) {
      expect(finding).toMatchObject({
        code: expect.any(String),
        severity: "error",
        id: expect.any(String),
        messageKey: finding.code,
      });
    }
  });
});
