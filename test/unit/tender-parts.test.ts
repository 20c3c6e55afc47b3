import { promises as fs } from "node:fs";
import * as path from "node:path";
import { columnUnit } from "../../src/core/designation";
import { numberWords } from "../../src/core/designation/numbers";
import { phraseWords, tokenize } from "../../src/core/designation/text";
import { correction } from "../../src/core/designation/spelling";
import { CATALOGUE } from "../../src/core/grid/catalogue";
import { OUTSIDE_WORDS } from "../../src/core/grid/outside";
import { FAMILIES, PRODUCT_WORDS, SYNONYM_IDS } from "../../src/core/grid/synonyms";
import { roleOfHeader } from "../../src/core/tender";
import { headingNumber, scopeMentions, sectionOfRef } from "../../src/core/tender/sections";
import { designationTokens } from "../../src/core/designation/read";
import { mapTender } from "../../src/usecases/map-tender";
import { readWorkbook } from "../../src/xlsx/read";
import { TENDERS_DIR } from "../helpers/tender-expectations";

// The small tables and rules the tender reader is built from: header aliases, section numbers and scopes, numbers
// in words, typos, unit cells, the synonyms' integrity, and the user's corrections.

describe("header aliases", () => {
  test.each([
    ["N° prix", "ref"],
    ["N° de prix", "ref"],
    ["Réf.", "ref"],
    ["Désignation de la prestation", "designation"],
    ["Libellé", "designation"],
    ["Unité", "unit"],
    ["U", "unit"],
    ["Qté", "quantity"],
    ["Quantité\nestimative", "quantity"],
    ["Prix unitaire\nHT (€)", "price_ht"],
    ["P.U. H.T.", "price_ht"],
    ["PU HT", "price_ht"],
    ["Prix unitaire hors taxes", "price_ht"],
    ["PU TTC", "price_ttc"],
    ["Prix unitaire TTC (€)", "price_ttc"],
    ["Prix unitaire (€)", "price"],
    ["Taux de TVA\napplicable", "vat"],
    ["TVA", "vat"],
    ["Montant TTC", "amount"],
    ["Montant\nHT (€)", "amount"],
    ["Total HT", "amount"],
  ])("%j is a %s column", (text, role) => {
    expect(roleOfHeader(text)).toBe(role);
  });

  test.each(["Observations éventuelles\ndu candidat", "Code achat (usage interne)", "Remarques", ""])(
    "%j is no column of the table",
    (text) => {
      expect(roleOfHeader(text)).toBeUndefined();
    },
  );
});

describe("sections and scopes", () => {
  test.each([
    ["1 – COCKTAILS", { section: "1", depth: 1 }],
    ["2. Buffets", { section: "2", depth: 1 }],
    ["1.2 – Cocktails dînatoires", { section: "1", depth: 2 }],
    ["II – PLATEAUX-REPAS", { section: "2", depth: 1 }],
    ["B – Pauses", { section: "b", depth: 1 }],
    ["Rubrique 3 : prestations forfaitaires", { section: "3", depth: 1 }],
    ["COCKTAILS", undefined],
    ["Apéritifs", undefined],
  ])("heading %j", (text, number) => {
    expect(headingNumber(text)).toEqual(number);
  });

  test.each([
    ["Rubriques 1 et 2 : prix par personne", [["1", "2"]]],
    ["Les prix des rubriques 1 à 4 s'entendent hors livraison", [["1", "2", "3", "4"]]],
    ["Rubrique 3 : forfait. Rubrique 4 : location", [["3"], ["4"]]],
    ["rubriques I et III", [["1", "3"]]],
    ["Rubriques 1, 2 et 5", [["1", "2", "5"]]],
    ["Livraison facturée séparément (lignes 5.x)", []],
  ])("%j names sections %j", (text, sections) => {
    expect(scopeMentions(designationTokens(text)).map((mention) => mention.sections)).toEqual(sections);
  });

  test("a line's section from its reference", () => {
    expect(["2.3", "A-1", "IV.2", "12", "BPU-7"].map(sectionOfRef)).toEqual([
      "2",
      "a",
      "4",
      undefined,
      undefined,
    ]);
  });
});

describe("words", () => {
  const numbers = (text: string) =>
    numberWords(tokenize(text))
      .filter((token) => token.kind === "number")
      .map((token) => token.value);

  test("numbers in words", () => {
    expect(numbers("quatre-vingt-dix convives")).toEqual([90]);
    expect(numbers("vingt et un plateaux")).toEqual([21]);
    expect(numbers("deux cents personnes")).toEqual([200]);
    expect(numbers("soixante-quinze")).toEqual([75]);
    expect(numbers("six et huit pièces")).toEqual([6, 8]);
    expect(numbers("dix-huit pièces")).toEqual([18]);
  });

  test("a typo is corrected to the one known word it is close to; a known or unclear word is left", () => {
    expect(["coktail", "cocktial", "vegetarein", "livraision", "champagn", "bufet"].map(correction)).toEqual([
      "cocktail",
      "cocktail",
      "vegetarien",
      "livraison",
      "champagne",
      "buffet",
    ]);
    expect(correction("salee")).toBe("salee");
    expect(correction("sauce")).toBe("sauce");
    expect(correction("trente")).toBe("trente");
    expect(correction("xyzzy")).toBeNull();
  });

  test.each([
    ["personne", "personne"],
    ["pers.", "personne"],
    ["Convive", "personne"],
    ["plateau", "plateau"],
    ["Forfait", "prestation"],
    ["prix global", "prestation"],
    ["heure", "heure"],
    ["h", "heure"],
    ["unité", "unite"],
    ["U", "unite"],
    ["livraison", "livraison"],
    ["pièce", "piece"],
    ["jour", null],
    ["kg", null],
    ["", undefined],
  ])("unit cell %j", (text, unit) => {
    expect(columnUnit(text)).toBe(unit);
  });
});

describe("the synonyms", () => {
  const PRICE_IDS = CATALOGUE.filter((item) => item.kind === "price").map((item) => item.id);

  test("name the cocktail and every price line of the catalogue, nothing else", () => {
    const expected = ["cocktail", ...PRICE_IDS.filter((id) => !id.startsWith("cocktail.formule."))];
    expect([...SYNONYM_IDS].sort()).toEqual(expected.sort());
  });

  test("no phrase names two things", () => {
    const owners = new Map<string, Set<string>>();
    const own = (phrase: string, owner: string) => {
      const key = phraseWords(phrase).join(" ");
      owners.set(key, (owners.get(key) ?? new Set()).add(owner));
    };
    for (const id of SYNONYM_IDS)
      for (const phrase of [...(PRODUCT_WORDS[id].names ?? []), ...(PRODUCT_WORDS[id].maybe ?? [])])
        own(phrase, id);
    for (const [family, words] of Object.entries(FAMILIES))
      for (const phrase of [...words.names, ...(words.maybe ?? [])]) own(phrase, `family ${family}`);
    for (const phrase of [...OUTSIDE_WORDS.services, ...OUTSIDE_WORDS.food]) own(phrase, "outside");
    const shared = [...owners].filter(([, names]) => names.size > 1).map(([key, names]) => [key, [...names]]);
    expect(shared).toEqual([]);
  });

  test("each family's suggestion is one of its members", () => {
    for (const words of Object.values(FAMILIES))
      if (words.usual) expect(PRODUCT_WORDS[words.usual]?.family).toBeDefined();
  });
});

describe("the user's corrections", () => {
  async function mairie() {
    const file = path.join(TENDERS_DIR, "t-mairie.xlsx");
    return readWorkbook(new Uint8Array(await fs.readFile(file)), file);
  }
  const cocktail8 = {
    product: "cocktail",
    pieces: 8,
    extras: [],
    guests: 60,
    unit: "personne" as const,
    delivery: {
      included: true,
      zone: "petite_couronne" as const,
      evening: false,
      weekend: false,
      pickup: false,
    },
    staff: { included: false },
    basis: "HT" as const,
  };

  test("a variant confirms a line; null sets it aside; each keeps its price cell", async () => {
    const result = mapTender({
      book: await mairie(),
      corrections: [
        { row: 17, variant: cocktail8 },
        { row: 34, variant: null },
      ],
    });
    const line = (row: number) => result.mapping?.lines.find((candidate) => candidate.row === row);
    expect(line(17)).toMatchObject({ status: "mapped", variant: cocktail8, reason: { code: "corrected" } });
    expect(line(17)?.priceCells).toEqual([{ sheet: "BPU", cell: "D17", basis: "HT" }]);
    expect(line(34)).toMatchObject({ status: "unmapped", variant: null, reason: { code: "setAside" } });
    expect(result.findings).toEqual([]);
  });

  test("a correction for a row that is not a line, or with an invalid variant, is refused with a finding", async () => {
    const result = mapTender({
      book: await mairie(),
      corrections: [
        { row: 12, variant: cocktail8 },
        { row: 17, variant: { ...cocktail8, pieces: undefined } },
      ],
    });
    expect(result.findings.map((finding) => [finding.code, finding.params])).toEqual([
      ["tender.correctionRow", { row: 12 }],
      ["tender.correctionInvalid", { row: 17, detail: "variant.pieces.missing" }],
    ]);
    expect(result.mapping?.lines.find((line) => line.row === 17)?.status).toBe("uncertain");
  });
});
