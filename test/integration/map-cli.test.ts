import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { writeWorkbook } from "../../src/xlsx/write";
import { TENDER_NAMES, TENDERS_DIR, expectedTender } from "../helpers/tender-expectations";
import { grille } from "./template-helpers";

// `grille map` end to end on the public tenders: the table and each line in words (labels, never ids), or exactly
// the JSON shape {sheet, header_row, columns, conditions, lines}; exit 1 while a line is to confirm or outside the
// standard, 2 for a file that cannot be read or has no price table.

let dir = "";

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-map-cli-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const tender = (name: string) => path.join(TENDERS_DIR, `${name}.xlsx`);

describe.each(TENDER_NAMES)("grille map %s --json", (name) => {
  test("prints exactly the mapping's shape, each expected line with its status; exit 1 (lines to confirm)", async () => {
    const run = await grille(["map", tender(name), "--json"]);
    const expected = await expectedTender(name);
    const json = JSON.parse(run.out) as Record<string, unknown> & {
      lines: { row: number; status: string; variant: unknown; suggestion: unknown; reason: string }[];
    };
    expect(Object.keys(json)).toEqual(["sheet", "header_row", "columns", "conditions", "lines"]);
    expect([json.sheet, json.header_row]).toEqual([expected.sheet, expected.header_row]);
    expect(json.lines.map((line) => Object.keys(line))).toEqual(
      expected.lines.map(() => ["row", "ref", "designation", "status", "variant", "suggestion", "reason"]),
    );
    // A reading to confirm comes whole, ready to copy into `variant`; no other line has one.
    for (const line of json.lines) if (line.status !== "uncertain") expect(line.suggestion).toBeNull();
    if (name === "t-mairie")
      expect(json.lines.find((line) => line.row === 17)).toMatchObject({
        status: "uncertain",
        suggestion: { product: "cocktail" },
      });
    for (const want of expected.lines) {
      const line = json.lines.find((candidate) => candidate.row === want.row);
      if (want.expect === "mapped") expect(line).toMatchObject({ status: "mapped", variant: want.variant });
      else
        expect(line).toMatchObject({
          status: want.expect === "flag" ? "uncertain" : "unmapped",
          variant: null,
        });
      expect(line?.reason).toMatch(/\S/);
    }
    expect(run.err).toBe("");
    expect(run.code).toBe(1);
  });
});

test("t-mairie in words: the table, its conditions and each line's reading in French labels", async () => {
  const run = await grille(["map", tender("t-mairie")]);
  const lines = run.out.split("\n");
  expect(lines[0]).toBe(`${tender("t-mairie")} : tableau de prix de la feuille « BPU », en-tête ligne 11.`);
  expect(lines[1]).toBe("Colonnes : n° A · désignation B · unité C · prix HT D (à saisir).");
  expect(run.out).toContain(
    "BPU!A8 (rubriques 1, 2) : livraison comprise (petite couronne), service en sus, base 60 convives, prix HT",
  );
  expect(run.out).toContain(
    "ligne 16 · 1.4 · Cocktail 8 pièces avec forfait vin (blanc, rouge ou rosé)\n    reconnue : Cocktail 8 pièces + forfait vin, livraison comprise (petite couronne), service en sus, base 60 convives",
  );
  expect(run.out).toContain(
    "ligne 17 · 1.5 · Cocktail déjeunatoire\n    à confirmer : Cocktail sans nombre de pièces",
  );
  expect(run.out).toContain("hors standard : « Vestiaire » n'est pas une prestation du standard");
  expect(run.out).not.toMatch(/cocktail\.formule|plateau\.classique|personnel\./);
  expect(lines.filter(Boolean).pop()).toBe("16 lignes : 14 reconnues, 1 à confirmer, 1 hors standard.");
  expect(run.code).toBe(1);
});

test("in English with --lang en", async () => {
  const run = await grille(["map", tender("t-etablissement"), "--lang", "en"]);
  expect(run.out).toContain('price table of sheet "BPU", header on row 13.');
  expect(run.out).toContain("Hidden columns, not read: G.");
  expect(run.out).toContain(
    "recognised: Cocktail, 12 pieces, delivery included (Paris), service included (1 waiter per 25 guests, 3 h), based on 50 guests",
  );
});

test("every line recognised: exit 0", async () => {
  const file = path.join(dir, "simple.xlsx");
  const header = ["N°", "Désignation", "Unité", "Prix unitaire HT"];
  const rows = [
    ["1", "Cocktail 8 pièces", "personne"],
    ["2", "Serveur", "heure"],
  ];
  const cells = [header, ...rows].flatMap((row, r) =>
    row.map((value, c) => ({ cell: `${"ABCD"[c]}${r + 1}`, write: { kind: "text" as const, value } })),
  );
  await fs.writeFile(file, await writeWorkbook({ sheets: [{ name: "BPU", cells }], styles: {} }));
  const run = await grille(["map", file]);
  expect(run.out).toContain("2 lignes : 2 reconnues, 0 à confirmer, 0 hors standard.");
  expect(run.code).toBe(0);
});

test("--sheet reads the sheet asked; a sheet that is not there is one line naming it, exit 2", async () => {
  const asked = await grille(["map", tender("t-etablissement"), "--sheet", "dqe"]);
  expect(asked.code).toBe(2);
  expect(asked.err.trim().split("\n")).toEqual([
    `${tender("t-etablissement")}, feuille « DQE » : le tableau (en-tête ligne 5) n'a aucune cellule de prix à remplir (formules ou cellules verrouillées). Les prix se saisissent peut-être sur une autre feuille : indiquez-la.`,
  ]);
  const missing = await grille(["map", tender("t-mairie"), "--sheet", "DQE"]);
  expect(missing.code).toBe(2);
  expect(missing.err.trim()).toBe(
    `${tender("t-mairie")} : pas de feuille « DQE ». Feuilles du classeur : BPU.`,
  );
});

test("a workbook with no price table, a file that is not a workbook, a missing file: one line each, exit 2", async () => {
  const empty = path.join(dir, "vide.xlsx");
  await fs.writeFile(empty, await writeWorkbook({ sheets: [{ name: "Notes", cells: [] }], styles: {} }));
  const noTable = await grille(["map", empty]);
  expect(noTable.code).toBe(2);
  expect(noTable.out).toBe("");
  expect(noTable.err.trim().split("\n")).toHaveLength(1);
  expect(noTable.err).toContain(`${empty} : aucun tableau de prix trouvé`);

  const text = path.join(dir, "pas-un-classeur.xlsx");
  await fs.writeFile(text, "bonjour");
  const unreadable = await grille(["map", text]);
  expect(unreadable.code).toBe(2);
  expect(unreadable.err.trim().split("\n")).toHaveLength(1);
  expect(unreadable.err).toContain("pas-un-classeur.xlsx");

  const missing = await grille(["map", path.join(dir, "absent.xlsx")]);
  expect(missing.code).toBe(2);
  expect(missing.err.trim()).toBe(
    `${path.join(dir, "absent.xlsx")} : fichier introuvable. Vérifiez le chemin.`,
  );
});

test("help in French and English", async () => {
  const fr = await grille(["map", "--help"]);
  expect(fr.out).toContain("lit le bordereau de prix d'un acheteur");
  expect(fr.out).toContain("--sheet <name>");
  const en = await grille(["map", "--help", "--lang", "en"]);
  expect(en.out).toContain("reads a buyer's price schedule");
});
