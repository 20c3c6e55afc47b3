import { findingMessage } from "../../src/core/finding-message";
import type { Finding } from "../../src/core/findings";
import { CATALOGUE } from "../../src/core/grid";
import { LANGS, isMessageKey, t, type MessageKey } from "../../src/i18n";
import { MODULES } from "../../src/i18n/catalog";
import { findingPlace } from "../../src/ui/findings";

// Findings as a caterer reads them: labels, not the standard's ids or the variant's JSON fields, and French numbers
// in French. Every message a finding can carry is rendered with ids, fields and decimals in its params, and scanned.

const siret: Finding = {
  code: "grid.siret.format",
  severity: "error",
  id: "entreprise.siret",
  messageKey: "grid.siret.format",
  params: { id: "entreprise.siret", value: "123" },
};

describe("findings in words", () => {
  it("names a standard id by its label in the reader's language, without the id", () => {
    expect(findingMessage(siret, "fr")).toBe(
      "« SIRET » : le SIRET « 123 » doit compter 14 chiffres. Recopiez les 14 chiffres, sans espace.",
    );
    expect(findingMessage(siret, "en")).toContain('"SIRET number"');
  });

  it("leaves an unknown id as it was written, so the reader can find it in the file", () => {
    const unknown: Finding = {
      code: "grid.json.unknownId",
      severity: "warning",
      messageKey: "grid.json.unknownId",
      params: { id: "cocktail.formule.7" },
    };
    expect(findingMessage(unknown, "fr")).toContain("« cocktail.formule.7 »");
  });

  it("writes an Excel API version and a buyer's reference as typed, never as French decimals", () => {
    const old: Finding = {
      code: "excel.requirement.missing",
      severity: "error",
      messageKey: "excel.feature.tables.missing",
      params: { version: "1.8" },
    };
    expect(findingMessage(old, "fr")).toContain("1.8");
    expect(findingMessage(old, "fr")).not.toContain("1,8");
    const repeated: Finding = {
      code: "tender.refRepeated",
      severity: "warning",
      messageKey: "tender.finding.refRepeated",
      params: { ref: "1.1", count: 2, cells: "A4, A7" },
    };
    expect(findingMessage(repeated, "fr")).toContain("« 1.1 »");
  });

  it("writes decimals with a comma in French, as the user typed them", () => {
    const amount: Finding = {
      code: "template.finding.amount",
      severity: "error",
      messageKey: "template.finding.amount",
      params: { id: "cocktail.formule.8", value: "3.005" },
    };
    expect(findingMessage(amount, "fr")).toContain("« 3,005 »");
    expect(findingMessage(amount, "en")).toContain('"3.005"');
  });
});

describe("where a finding is, in a list", () => {
  const at = (path: string, extra: Partial<Finding["location"]> = {}): Finding => ({
    code: "variant.extras.standalone",
    severity: "error",
    location: { path, ...extra },
    messageKey: "variant.extras.standalone",
    params: { product: "personnel.serveur" },
  });

  it("names a field of the variant form by its label, never its JSON path", () => {
    expect(findingPlace(at("extras"), "fr")).toBe("En supplément, par personne");
    expect(findingPlace(at("extras[1]"), "en")).toBe("Add-ons, per person");
    expect(findingPlace(at("variant.delivery.zone", { line: 2 }), "fr")).toBe(t("fr", "pane.price.zone"));
    expect(findingPlace(at("quantity", { line: 2 }), "fr")).toBe(t("fr", "pane.schedule.quantity"));
  });

  it("names no place for a field the form does not have: the message names it as typed", () => {
    expect(findingPlace(at("variant.delivry", { line: 3 }), "fr")).toBeNull();
  });

  it("keeps a cell first, and a path that is no field of the form (a grid's JSON path) as it is", () => {
    expect(findingPlace(at("extras", { sheet: "BPU", cell: "D4" }), "fr")).toBe("BPU!D4");
    expect(findingPlace(at("prix.cocktail_8"), "fr")).toBe("prix.cocktail_8");
  });
});

/** Message keys a Finding can carry: what the readers of grids, templates, workbooks and variants produce. */
const FINDING_PREFIXES = [
  "grid.",
  "template.finding.",
  "template.header.",
  "variant.",
  "pricing.",
  "workbook.",
  "pane.import.",
];
const NOT_FINDINGS = /^(variant\.label\.|pricing\.step\.|pricing\.unit\.|pricing\.vat\.|pricing\.category\.)/;

const FRENCH = MODULES_FR();
function MODULES_FR(): Record<string, string> {
  return Object.assign({}, ...Object.values(MODULES).map((module) => module.fr)) as Record<string, string>;
}

/** Params a finding may hold, of every kind that could leak: a standard id, a variant field, a decimal. */
const SAMPLE_PARAMS = (id: string): Record<string, string | number> => ({
  id,
  field: "guests",
  value: "12.5",
  amount: "12.50",
  shown: "0.055",
  rate: 5.5,
  expected: "1.0",
  min: 0.5,
  max: 100,
  product: id,
  pieces: 8,
  base: 6,
});

const CATALOGUE_IDS = CATALOGUE.map((item) => item.id).sort((a, b) => b.length - a.length);

test("no French message a finding can carry shows a standard id or a decimal point", () => {
  const keys = Object.keys(FRENCH).filter(
    (key) => FINDING_PREFIXES.some((prefix) => key.startsWith(prefix)) && !NOT_FINDINGS.test(key),
  );
  expect(keys.length).toBeGreaterThan(50);
  const leaks: string[] = [];
  // Messages that echo what the user typed (a misspelt field, another standard's name) show it as typed.
  const echoes = new Set(["variant.unknownField", "grid.json.standard"]);
  for (const key of keys) {
    if (!isMessageKey(key) || echoes.has(key)) continue;
    for (const id of ["entreprise.siret", "tva.repas", "boissons.vin", "cocktail.formule.8"]) {
      const finding: Finding = {
        code: key,
        severity: "error",
        id,
        messageKey: key as MessageKey,
        params: SAMPLE_PARAMS(id),
      };
      const text = findingMessage(finding, "fr");
      const leakedId = CATALOGUE_IDS.find((one) => text.includes(one));
      if (leakedId) leaks.push(`${key}: id ${leakedId}: ${text}`);
      const withoutVersions = text.replace(/(standard|norme|version) \d+\.\d+/gi, "");
      if (/\d\.\d/.test(withoutVersions) && !/\.version/i.test(key))
        leaks.push(`${key}: decimal point: ${text}`);
      if (/« guests »|"guests"|per_guests|« pieces »|« product »/.test(text))
        leaks.push(`${key}: JSON field: ${text}`);
    }
  }
  expect([...new Set(leaks)]).toEqual([]);
});

test("both languages are rendered (the scan covers the catalog as it is)", () => {
  expect(LANGS).toEqual(["fr", "en"]);
});
