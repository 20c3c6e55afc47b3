import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { readWorkbook } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { GRIDS_DIR, smallTenderPlan, tenderBytes } from "../helpers/fill-fixtures";
import { withMacros } from "../helpers/macro-workbook";
import { grille } from "./template-helpers";

// What `grille` says when the file it is given is no file at all (a folder, a path that is not there), is empty,
// or is a schedule with macros: one line naming the file and what to do, exit 2, nothing written; and a schedule
// with macros is answered as one (.xlsm), its macros kept byte for byte.

let dir = "";
const grid = path.join(GRIDS_DIR, "reference.json");

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-hostile-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

test("a folder, a missing path and an empty file as the tender: one line each naming it, exit 2, nothing written", async () => {
  const empty = path.join(dir, "vide.xlsx");
  await fs.writeFile(empty, new Uint8Array(0));
  const cases: [string, string][] = [
    [dir, `${dir} est un dossier. Donnez le chemin d'un fichier.`],
    [path.join(dir, "absent.xlsx"), "absent.xlsx : fichier introuvable. Vérifiez le chemin."],
    [empty, `${empty} : le fichier est vide (0 octet)`],
  ];
  for (const [input, said] of cases) {
    const out = path.join(dir, "reponse.xlsx");
    const map = await grille(["map", input]);
    expect([map.code, map.err.trim().split("\n")]).toEqual([2, [expect.stringContaining(said)]]);
    const fill = await grille(["fill", input, "--grid", grid, "--out", out]);
    expect([fill.code, fill.err.trim().split("\n")]).toEqual([2, [expect.stringContaining(said)]]);
    expect(await exists(out)).toBe(false);
  }
});

test("a schedule with macros: --out in .xlsx is refused, naming .xlsm; in .xlsm it is filled, its macros kept", async () => {
  const tender = path.join(dir, "t-mairie.xlsm");
  const bytes = await withMacros(tenderBytes("t-mairie"));
  await fs.writeFile(tender, bytes);
  const wrong = path.join(dir, "reponse-macros.xlsx");
  const refused = await grille(["fill", tender, "--grid", grid, "--out", wrong]);
  expect(refused.code).toBe(2);
  expect(refused.err.trim()).toBe(
    `${wrong} : le fichier de sortie doit se terminer par .xlsm (sinon Excel refuse de l'ouvrir). Choisissez un nom en .xlsm.`,
  );
  expect(await exists(wrong)).toBe(false);

  const out = path.join(dir, "reponse-macros.xlsm");
  const filled = await grille(["fill", tender, "--grid", grid, "--out", out, "--json"]);
  expect(filled.code).toBe(1); // one line of t-mairie is left to confirm
  const report = JSON.parse(filled.out) as { filled: unknown[] };
  expect(report.filled.length).toBeGreaterThan(10);
  const before = await JSZip.loadAsync(bytes);
  const after = await JSZip.loadAsync(await fs.readFile(out));
  for (const part of ["xl/vbaProject.bin", "[Content_Types].xml"])
    expect(await after.file(part)!.async("nodebuffer")).toEqual(await before.file(part)!.async("nodebuffer"));
  expect(await fs.readFile(tender)).toEqual(Buffer.from(bytes));
});

test("a plain schedule answered under an .xlsm name is refused, naming .xlsx", async () => {
  const out = path.join(dir, "reponse.xlsm");
  const tender = path.join(dir, "t-mairie.xlsx");
  await fs.writeFile(tender, tenderBytes("t-mairie"));
  const refused = await grille(["fill", tender, "--grid", grid, "--out", out]);
  expect([refused.code, refused.err.trim()]).toEqual([
    2,
    expect.stringContaining("doit se terminer par .xlsx"),
  ]);
  expect(await exists(out)).toBe(false);
});

test("the same reference on two lines: map and fill name both cells and say what to check; each line gets its price", async () => {
  const repeated = smallTenderPlan(
    [
      { designation: "Cocktail 8 pièces", unit: "personne" },
      { designation: "Plateau-repas classique", unit: "plateau" },
      { designation: "Buffet froid", unit: "personne" },
    ],
    { refs: { A6: "1.1" } },
  );
  const tender = path.join(dir, "doublon.xlsx");
  await fs.writeFile(tender, await writeWorkbook(repeated));
  const said =
    "La référence « 1.1 » figure sur 2 lignes (A4, A6) : chacune est lue comme une ligne à part et reçoit son propre prix, dans sa propre cellule. Vérifiez auprès de l'acheteur qu'il s'agit bien de 2 prestations différentes.";
  const map = await grille(["map", tender]);
  expect(map.code).toBe(0);
  expect(map.out + map.err).toContain(said);
  const out = path.join(dir, "doublon-rempli.xlsx");
  const fill = await grille(["fill", tender, "--grid", grid, "--out", out]);
  expect(fill.out + fill.err).toContain(said);
  const filled = (await readWorkbook(await fs.readFile(out), "doublon-rempli.xlsx")).sheets[0];
  const price = (row: number) => filled.cells[row - 1 - filled.range.row][3 - filled.range.column].value;
  expect([price(4).type, price(5).type, price(6).type]).toEqual(["number", "number", "number"]);
  expect(price(6)).not.toEqual(price(4));
});
