import { readFileSync } from "node:fs";
import * as path from "node:path";
import { REFERENCE_GRID_JSON, readGridJson, writeGridJson } from "../../src/core/grid";
import { t } from "../../src/i18n";
import { fixtureJson } from "./pricing-helpers";

const BAD = path.resolve(__dirname, "../fixtures/grids-bad");
const bad = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(BAD, `${name}.json`), "utf8")) as unknown;

describe("good grids of the fixtures", () => {
  test.each(["reference", "traiteur-a", "traiteur-b"])(
    "%s reads without error and round-trips to the same JSON",
    (name) => {
      const json = fixtureJson("grids", `${name}.json`);
      const { grid, findings } = readGridJson(json);
      expect(findings.filter((finding) => finding.severity !== "info")).toEqual([]);
      expect(grid).not.toBeNull();
      expect(JSON.stringify(writeGridJson(grid!))).toEqual(JSON.stringify(json));
    },
  );

  test("the built-in reference grid (src/core/grid/reference.ts) is the public fixture of section 6", () => {
    expect(REFERENCE_GRID_JSON).toEqual(fixtureJson("grids", "reference.json"));
  });

  test("prices are held in exact cents, hours in hundredths, VAT in basis points", () => {
    const { grid } = readGridJson(fixtureJson("grids", "traiteur-b.json"));
    expect(grid?.prices["cocktail.formule.6"]).toBe(1020);
    expect(grid?.prices["personnel.serveur"]).toBe(3350);
    expect(grid?.prices["personnel.cuisinier"]).toBeNull();
    expect(grid?.minimumHours).toBe(300);
    expect(grid?.prices["livraison.franco_seuil_ht"]).toBe(250000);
    expect(grid?.identity["commande.minimum_ht"]).toBe(30000);
    expect(grid?.identity["prix.validite"]).toBe("2026-09-30");
    expect(grid?.vat).toEqual({ repas: 1000, alcool: 2000, materiel: 2000, emporter: 550 });
  });
});

// file → the finding it must give, and whether the grid is still usable for pricing.
const BAD_CASES: readonly [string, string, "error" | "warning", string | undefined, boolean][] = [
  ["amount-decimals", "grid.amount.decimals", "error", "cocktail.formule.6", false],
  ["amount-negative", "grid.amount.negative", "error", "boissons.vin", false],
  ["amount-text", "grid.amount.notNumber", "error", "plateau.classique", false],
  ["hours-decimals", "grid.amount.decimals", "error", "personnel.minimum_heures", false],
  ["vat-text", "grid.vat.invalid", "error", "tva.repas", false],
  ["wrong-standard", "grid.json.standard", "error", undefined, false],
  ["version-2", "grid.json.version", "error", undefined, false],
  ["not-an-object", "grid.json.notObject", "error", undefined, false],
  ["siret-checksum", "grid.siret.checksum", "error", "entreprise.siret", true],
  ["siret-format", "grid.siret.format", "error", "entreprise.siret", true],
  ["email", "grid.email", "error", "entreprise.contact_email", true],
  ["type-structure", "grid.enum", "error", "entreprise.type_structure", true],
  ["departement", "grid.departement", "error", "entreprise.departements", true],
  ["percent", "grid.percent", "error", "engagements.part_bio_pct", true],
  ["date", "grid.date", "error", "prix.validite", true],
  ["required-missing", "grid.required", "error", "entreprise.raison_sociale", true],
];

describe("bad grids (test/fixtures/grids-bad): one clear finding each", () => {
  test.each(BAD_CASES)("%s → %s", (file, code, severity, id, usable) => {
    const { grid, findings } = readGridJson(bad(file));
    const problems = findings.filter((finding) => finding.severity !== "info");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code, severity, ...(id ? { id } : {}) });
    expect(grid !== null).toBe(usable);
    for (const lang of ["fr", "en"] as const) {
      const message = t(lang, problems[0].messageKey, problems[0].params);
      expect(message).not.toMatch(/^\[|\{\w+\}/);
      if (id) expect(message).toContain(id);
    }
  });

  test("unknown ids are reported as warnings, not silently dropped, and the grid stays usable", () => {
    const { grid, findings } = readGridJson(bad("unknown-ids"));
    expect(grid).not.toBeNull();
    expect(findings.map((finding) => [finding.code, finding.severity, finding.id])).toEqual([
      ["grid.json.unknownId", "warning", "remarques"],
      ["grid.json.unknownId", "warning", "entreprise.fax"],
      ["grid.json.unknownId", "warning", "cocktail.formule.7"],
    ]);
  });
});

describe("amounts in JSON", () => {
  const withPrice = (value: unknown) => {
    const json = fixtureJson("grids", "reference.json") as { prix: Record<string, unknown> };
    json.prix["pause.cafe"] = value;
    return readGridJson(json);
  };

  test.each([
    [4.8, 480],
    [0.1, 10],
    [1e-2, 1],
    [123456.78, 12345678],
    [1.1, 110],
    [null, null],
  ])("%p euros → %p cents, exactly", (value, cents) => {
    expect(withPrice(value).grid?.prices["pause.cafe"]).toBe(cents);
  });

  test.each([
    [NaN, "grid.amount.notNumber"],
    [Infinity, "grid.amount.notNumber"],
    [1e-7, "grid.amount.decimals"],
    [0.125, "grid.amount.decimals"],
    [-0.01, "grid.amount.negative"],
    [1e21, "grid.amount.tooLarge"],
    ["4.80", "grid.amount.notNumber"],
    [true, "grid.amount.notNumber"],
  ])("%p is rejected with %s, the id named", (value, code) => {
    const { grid, findings } = withPrice(value);
    expect(grid).toBeNull();
    expect(findings).toContainEqual(expect.objectContaining({ code, id: "pause.cafe" }));
  });

  test("missing VAT rates take the defaults, reported as info; a missing header is a warning", () => {
    const { grid, findings } = readGridJson({
      entreprise: { raison_sociale: "X", siret: "73282932000074", type_structure: "EI" },
    });
    expect(grid?.vat).toEqual({ repas: 1000, alcool: 2000, materiel: 2000, emporter: 550 });
    expect(findings.map((finding) => finding.code)).toEqual([
      "grid.json.standardMissing",
      "grid.json.versionMissing",
      "grid.vat.default",
      "grid.vat.default",
      "grid.vat.default",
      "grid.vat.default",
      "grid.prices.none",
    ]);
  });

  test("a price section that is not an object makes the grid unusable; another section only loses its values", () => {
    const reference = fixtureJson("grids", "reference.json") as object;
    const prix = readGridJson({ ...reference, prix: [9.6] });
    expect(prix.grid).toBeNull();
    expect(prix.findings).toContainEqual(
      expect.objectContaining({ code: "grid.json.sectionNotObject", id: "prix" }),
    );
    const capacite = readGridJson({ ...reference, capacite: 1200 });
    expect(capacite.grid).not.toBeNull();
    expect(capacite.findings.map((finding) => finding.code)).toEqual(["grid.json.sectionNotObject"]);
  });

  test("a header that is not text is quoted as its JSON, even an object String() cannot convert", () => {
    // Found by the fuzz suite (npm run fuzz): {"toString": 1} made String() throw, and the import crash.
    const reference = fixtureJson("grids", "reference.json") as object;
    const { findings } = readGridJson({ ...reference, standard: 7, version: { toString: 1 } });
    expect(findings.map((finding) => [finding.code, finding.params])).toEqual([
      ["grid.json.standard", { value: "7" }],
      ["grid.json.version", { value: '{"toString":1}' }],
    ]);
  });

  test("a newer 1.x grid is read as 1.0 with a warning", () => {
    const json = { ...(fixtureJson("grids", "reference.json") as object), version: "1.3" };
    const { grid, findings } = readGridJson(json);
    expect(grid).not.toBeNull();
    expect(findings.map((finding) => finding.code)).toEqual(["grid.json.versionNewer"]);
  });
});

test("a JSON naming no part of a grid is not a grid: refused in one finding, not read as a grid with every value missing", () => {
  for (const value of [{ hello: 1 }, {}, { rows: [1, 2] }]) {
    const read = readGridJson(value);
    expect(read.grid).toBeNull();
    expect(read.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ["grid.json.notGrid", "error"],
    ]);
  }
  expect(t("fr", "grid.json.notGrid")).toContain("n'est pas une grille commune");
  // One part of a grid is enough to read it as one, with what is missing said.
  expect(readGridJson({ prix: {} }).findings.map((finding) => finding.code)).not.toContain(
    "grid.json.notGrid",
  );
});
