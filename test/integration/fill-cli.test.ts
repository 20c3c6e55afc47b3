import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readWorkbook } from "../../src/xlsx/read";
import { GRIDS_DIR, smallTender, tenderFile } from "../helpers/fill-fixtures";
import { cellAt, sheetNamed } from "../helpers/snapshot";
import { TENDER_NAMES, expectedTender } from "../helpers/tender-expectations";
import { grille } from "./template-helpers";

// `grille fill` end to end: the filled copy, the report in French or English or as JSON, exit 0 when every line is
// filled, 1 when lines are left for the caterer, 2 for unusable input (nothing written then).

let dir = "";

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-fill-cli-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const gridFile = (name: string) => path.join(GRIDS_DIR, `${name}.json`);
let count = 0;
const out = () => path.join(dir, `sortie-${++count}.xlsx`);

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

interface FillJson {
  file: string;
  sheet: string;
  lines: number;
  filled: {
    row: number;
    ht: number;
    ttc: number;
    cells: { cell: string; price: number; status: string }[];
  }[];
  left: { row: number; why: string; reason: string; cell?: string }[];
}

describe.each(TENDER_NAMES)("grille fill %s --json", (name) => {
  test.each(["reference", "traiteur-a"])(
    "from grid %s: each price is the one grille price gives the expected variant",
    async (gridName) => {
      const expected = await expectedTender(name);
      const file = out();
      const run = await grille([
        "fill",
        tenderFile(name),
        "--grid",
        gridFile(gridName),
        "--out",
        file,
        "--json",
      ]);
      expect(run.code).toBe(1);
      const report = JSON.parse(run.out) as FillJson;
      expect(Object.keys(report)).toEqual(["file", "sheet", "lines", "filled", "left"]);
      const mapped = expected.lines.filter((line) => line.expect === "mapped");
      const variants = path.join(dir, `variantes-${name}-${gridName}.json`);
      await fs.writeFile(
        variants,
        JSON.stringify(mapped.map((line) => ({ id: line.row, variant: line.variant }))),
      );
      const priced = JSON.parse(
        (await grille(["price", "--grid", gridFile(gridName), "--variants", variants, "--json"])).out,
      ) as { id: string; ht?: number; ttc?: number; error?: unknown }[];
      const book = await readWorkbook(new Uint8Array(await fs.readFile(file)), file);
      const column = expected.price_columns.ht ?? "?";
      for (const line of priced) {
        const row = Number(line.id);
        const filled = report.filled.find((one) => one.row === row);
        if (line.error !== undefined) {
          expect([row, filled, report.left.find((one) => one.row === row)?.why]).toEqual([
            row,
            undefined,
            "notPriceable",
          ]);
          continue;
        }
        expect([row, filled?.ht, filled?.ttc, filled?.cells]).toEqual([
          row,
          line.ht,
          line.ttc,
          [{ cell: `${column}${row}`, basis: "HT", price: line.ht, status: "written" }],
        ]);
        expect(cellAt(sheetNamed(book, expected.sheet), `${column}${row}`).value).toEqual({
          type: "number",
          value: line.ht,
        });
      }
      expect(report.left.every((one) => one.reason.length > 10)).toBe(true);
    },
  );
});

test("the report in French: where each price went, what is left and why, what to do next", async () => {
  const file = out();
  const run = await grille(["fill", tenderFile("t-mairie"), "--grid", gridFile("traiteur-a"), "--out", file]);
  expect(run.code).toBe(1);
  expect(run.err).toBe("");
  const lines = run.out.split("\n");
  expect(lines[0]).toBe(`${tenderFile("t-mairie")} → ${file} : 11 lignes remplies sur 16 (feuille « BPU »).`);
  expect(run.out).toContain(
    "  ligne 14 · 1.2 · Cocktail 10 pièces (7 salées, 3 sucrées)\n    Cocktail 10 pièces, livraison comprise (petite couronne), service en sus, base 60 convives\n    D14 : 15,12\u00a0€ HT\n",
  );
  expect(run.out).toContain(
    "À voir par vous :\n  ligne 13 · 1.1 · Cocktail 6 pièces salées\n    non chiffrable avec cette grille, non remplie : Cocktail 6 pièces non chiffrable : la grille n'a aucune formule de 6 pièces ou moins.\n",
  );
  expect(run.out).toContain("  ligne 17 · 1.5 · Cocktail déjeunatoire\n    à confirmer, non remplie : ");
  expect(run.out).toContain("16 lignes : 11 remplies, 5 à voir par vous.");
  expect(run.out).toContain(
    `Pour confirmer ou corriger une lecture : grille map ${tenderFile("t-mairie")} --json`,
  );
  expect(run.out).not.toMatch(/cocktail\.formule|boissons\.|materiel\./);
});

test("in English with --lang en", async () => {
  const run = await grille([
    "fill",
    tenderFile("t-mairie"),
    "--grid",
    gridFile("traiteur-a"),
    "--out",
    out(),
    "--lang",
    "en",
  ]);
  expect(run.out).toContain('11 of 16 lines filled (sheet "BPU").');
  expect(run.out).toContain("    D14: €15.12 excl. VAT");
  expect(run.out).toContain("cannot be priced with this grid, not filled: ");
  expect(run.out).toContain("16 lines: 11 filled, 5 for you to see to.");
});

test("every line filled: exit 0; the same file again holds the prices already", async () => {
  const tender = path.join(dir, "simple.xlsx");
  await fs.writeFile(
    tender,
    await smallTender([
      { designation: "Cocktail 8 pièces", unit: "personne" },
      { designation: "Serveur", unit: "heure" },
    ]),
  );
  const first = out();
  const run = await grille(["fill", tender, "--grid", gridFile("reference"), "--out", first]);
  expect(run.out).toContain("Rien à voir : toutes les lignes sont remplies.");
  expect(run.code).toBe(0);
  const again = await grille(["fill", first, "--grid", gridFile("reference"), "--out", out()]);
  expect(again.out).toContain("    D4 : 12,40\u00a0€ HT (déjà saisi)");
  expect(again.code).toBe(0);
  // Another grid's prices are not typed over the ones there, unless asked.
  const kept = await grille(["fill", first, "--grid", gridFile("traiteur-b"), "--out", out()]);
  expect(kept.code).toBe(1);
  expect(kept.out).toContain("valeur gardée : ");
  expect(kept.out).toContain("Pour remplacer les prix déjà saisis : relancez avec --overwrite.");
  const replaced = out();
  const overwrite = await grille([
    "fill",
    first,
    "--grid",
    gridFile("traiteur-b"),
    "--out",
    replaced,
    "--overwrite",
  ]);
  expect(overwrite.code).toBe(0);
  const book = await readWorkbook(new Uint8Array(await fs.readFile(replaced)), replaced);
  expect(cellAt(sheetNamed(book, "BPU"), "D4").value).toEqual({ type: "number", value: 13.1 });
});

describe("a corrected reading (--map)", () => {
  async function reading(): Promise<{ file: string; json: { lines: Record<string, unknown>[] } }> {
    const run = await grille(["map", tenderFile("t-mairie"), "--json"]);
    return { file: path.join(dir, `lecture-${++count}.json`), json: JSON.parse(run.out) };
  }

  test("an uncertain line confirmed in the file is filled", async () => {
    const { file, json } = await reading();
    const line = json.lines.find((one) => one.row === 17);
    Object.assign(line ?? {}, {
      status: "mapped",
      variant: {
        product: "cocktail",
        pieces: 10,
        guests: 60,
        delivery: { included: true, zone: "petite_couronne" },
      },
    });
    await fs.writeFile(file, JSON.stringify(json, null, 2));
    const filled = out();
    const run = await grille([
      "fill",
      tenderFile("t-mairie"),
      "--grid",
      gridFile("reference"),
      "--out",
      filled,
      "--map",
      file,
      "--json",
    ]);
    const report = JSON.parse(run.out) as FillJson;
    // 10 pieces 15.00 + delivery 60.00 over 60 guests = 16.00 HT.
    expect(report.filled.find((one) => one.row === 17)?.cells).toEqual([
      { cell: "D17", basis: "HT", price: 16, status: "written" },
    ]);
    expect(report.left.map((one) => one.row)).toEqual([34]);
    expect(run.code).toBe(1);
  });

  test("a bad file: each problem on its own line naming the line, nothing written, exit 2", async () => {
    const { file, json } = await reading();
    Object.assign(json.lines[0], { status: "mapped", variant: { product: "cocktail", pieces: 200 } });
    json.lines.push({ row: 50, status: "unmapped", variant: null });
    await fs.writeFile(file, JSON.stringify(json));
    const target = out();
    const run = await grille([
      "fill",
      tenderFile("t-mairie"),
      "--grid",
      gridFile("reference"),
      "--out",
      target,
      "--map",
      file,
    ]);
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    expect(run.err.trim().split("\n")).toEqual([
      expect.stringMatching(
        new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, ligne 13 : variante refusée : .*200`),
      ),
      `${file}, ligne 50 : la feuille « BPU » n'a pas de ligne de prix 50. Ce fichier a-t-il été fait pour ce classeur ? Refaites-le avec grille map --json.`,
      `${file} : lecture corrigée inutilisable, rien n'a été rempli. Corrigez les lignes ci-dessus.`,
    ]);
    expect(await exists(target)).toBe(false);
  });

  test("a file that is not JSON, or not a reading", async () => {
    const notJson = path.join(dir, "lecture.json");
    await fs.writeFile(notJson, "{ lignes: ");
    const run = await grille([
      "fill",
      tenderFile("t-mairie"),
      "--grid",
      gridFile("reference"),
      "--out",
      out(),
      "--map",
      notJson,
    ]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(notJson);
    await fs.writeFile(notJson, JSON.stringify([1, 2]));
    const shape = await grille([
      "fill",
      tenderFile("t-mairie"),
      "--grid",
      gridFile("reference"),
      "--out",
      out(),
      "--map",
      notJson,
    ]);
    expect(shape.code).toBe(2);
    expect(shape.err).toContain("ce n'est pas une lecture de bordereau");
  });
});

describe("unusable input and outputs: one line, exit 2, nothing written", () => {
  test("the output is checked before anything is done, like template --out", async () => {
    const tender = path.join(dir, "bpu-copie.xlsx");
    await fs.copyFile(tenderFile("t-mairie"), tender);
    const before = await fs.readFile(tender);
    const args = ["fill", tender, "--grid", gridFile("reference"), "--out"];
    const onInput = await grille([...args, tender, "--force"]);
    expect([onInput.code, onInput.err.trim().split("\n").length]).toEqual([2, 1]);
    expect(onInput.err).toContain(tender);
    expect((await fs.readFile(tender)).equals(before)).toBe(true);
    const json = await grille([...args, path.join(dir, "rempli.json")]);
    expect(json.code).toBe(2);
    expect(json.err).toContain(".xlsx");
    const folder = await grille([...args, path.join(dir, "absent", "rempli.xlsx")]);
    expect(folder.code).toBe(2);
    const taken = out();
    await fs.writeFile(taken, "déjà là");
    expect((await grille([...args, taken])).code).toBe(2);
    expect(await fs.readFile(taken, "utf8")).toBe("déjà là");
    expect((await grille([...args, taken, "--force"])).code).toBe(1);
  });

  test("a tender that is no workbook, a grid missing, a workbook without a price table", async () => {
    const text = path.join(dir, "pas-un-classeur.xlsx");
    await fs.writeFile(text, "bonjour");
    const target = out();
    const notBook = await grille(["fill", text, "--grid", gridFile("reference"), "--out", target]);
    expect([notBook.code, notBook.err.trim().split("\n").length]).toEqual([2, 1]);
    expect(notBook.err).toContain("pas-un-classeur.xlsx");
    const noGrid = await grille([
      "fill",
      tenderFile("t-mairie"),
      "--grid",
      path.join(dir, "absente.json"),
      "--out",
      target,
    ]);
    expect(noGrid.code).toBe(2);
    expect(noGrid.err).toContain("absente.json");
    const noTable = await grille([
      "fill",
      tenderFile("t-mairie"),
      "--sheet",
      "DQE",
      "--grid",
      gridFile("reference"),
      "--out",
      target,
    ]);
    expect(noTable.code).toBe(2);
    expect(noTable.err.trim().split("\n").pop()).toBe(`${tenderFile("t-mairie")} : rien n'a été rempli.`);
    expect(await exists(target)).toBe(false);
  });
});

test("help in French and English", async () => {
  const fr = await grille(["fill", "--help"]);
  expect(fr.out).toContain("remplit les prix d'un bordereau d'acheteur");
  for (const option of [
    "--grid <file>",
    "--out <file>",
    "--map <mapping.json>",
    "--sheet <name>",
    "--overwrite",
    "--force",
    "--json",
  ])
    expect(fr.out).toContain(option);
  const en = await grille(["fill", "--help", "--lang", "en"]);
  expect(en.out).toContain("fills the prices of a buyer's schedule");
});

test("the demo answers each sample tender from each sample grid, and prints each report", async () => {
  const folder = path.join(dir, "demo");
  const run = await grille(["demo", "--out", folder]);
  expect(run.code).toBe(0);
  const files = await fs.readdir(folder);
  for (const tender of TENDER_NAMES)
    for (const grid of ["reference", "traiteur-a", "traiteur-b"]) {
      expect(files).toEqual(
        expect.arrayContaining([`rempli-${tender}-${grid}.xlsx`, `rempli-${tender}-${grid}.json`]),
      );
      expect(run.out).toContain(`${tender} rempli avec la grille ${grid} → rempli-${tender}-${grid}.xlsx`);
    }
  const report = JSON.parse(
    await fs.readFile(path.join(folder, "rempli-t-mairie-reference.json"), "utf8"),
  ) as FillJson;
  const book = await readWorkbook(
    new Uint8Array(await fs.readFile(path.join(folder, "rempli-t-mairie-reference.xlsx"))),
    "r.xlsx",
  );
  for (const cell of report.filled.flatMap((line) => line.cells))
    expect(cellAt(sheetNamed(book, "BPU"), cell.cell).value).toEqual({ type: "number", value: cell.price });
});
