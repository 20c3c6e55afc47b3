import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { readGridJson, writeGridJson } from "../../src/core/grid";
import { TEMPLATE_SHEETS } from "../../src/core/template";
import { writeWorkbook } from "../../src/xlsx/write";
import { GRID_NAMES, GRIDS_DIR, fixtureJson, grille } from "./template-helpers";

// The CLI round trip on real files: `template --from X.json` then `read --json` gives X back, in fr and en; exit
// codes 0 / 1 / 2; no silent overwrite; the password reaches the file.

let dir = "";

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-template-cli-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe.each(GRID_NAMES.flatMap((name) => [[name, "fr"] as const, [name, "en"] as const]))(
  "template --from %s.json (%s) then read",
  (name, lang) => {
    test("gives the grid back exactly, exit 0", async () => {
      const file = path.join(dir, `${name}-${lang}.xlsx`);
      const made = await grille([
        "template",
        "--out",
        file,
        "--from",
        path.join(GRIDS_DIR, `${name}.json`),
        "--lang",
        lang,
      ]);
      expect(made.err).toBe("");
      expect(made.code).toBe(0);
      const read = await grille(["read", file, "--json"]);
      expect(read.code).toBe(0);
      const json = await fixtureJson(name);
      expect(JSON.parse(read.out)).toEqual(writeGridJson(readGridJson(json).grid!));
      expect(JSON.parse(read.out)).toEqual(json);
    });
  },
);

test("a blank template read back: exit 1, each missing required value named with its cell", async () => {
  const file = path.join(dir, "vierge.xlsx");
  expect((await grille(["template", "--out", file])).code).toBe(0);
  const read = await grille(["read", file]);
  expect(read.code).toBe(1);
  const sheet = TEMPLATE_SHEETS.fr.identity;
  expect(read.out).toMatch(new RegExp(`${sheet}!D\\d+: erreur: « Raison sociale » est obligatoire`));
  expect(read.out).toContain("« SIRET »");
  expect(read.out).toContain("3 erreurs");
});

test("read in English prints English findings", async () => {
  const file = path.join(dir, "blank-en.xlsx");
  expect((await grille(["template", "--out", file, "--lang", "en"])).code).toBe(0);
  const read = await grille(["read", file, "--lang", "en"]);
  expect(read.code).toBe(1);
  expect(read.out).toMatch(/Identity!D\d+: error: "SIRET number" is required/);
  // The standard's ids are for --debug: there they follow each line.
  expect(read.out).not.toContain("entreprise.siret");
  const debug = await grille(["read", file, "--lang", "en", "--debug"]);
  expect(debug.out).toMatch(/"SIRET number" is required.*\[grid\.required entreprise\.siret\]/);
});

test("a file that is not a workbook: exit 2, one clear line", async () => {
  const file = path.join(dir, "pas-un-classeur.xlsx");
  await fs.writeFile(file, "bonjour");
  const read = await grille(["read", file]);
  expect(read.code).toBe(2);
  expect(read.err).toContain("pas-un-classeur.xlsx");
});

test("a workbook that is not a template (a buyer's BPU): exit 2, one line naming the file and what to do", async () => {
  const file = path.join(dir, "other.xlsx");
  await fs.writeFile(file, await writeWorkbook({ sheets: [{ name: "BPU", cells: [] }], styles: {} }));
  const read = await grille(["read", file]);
  expect(read.code).toBe(2);
  expect(read.out).toBe("");
  expect(read.err.trim().split("\n")).toEqual([
    `${file} : ce classeur n'est pas une grille commune traiteur remplie ; utilisez un modèle produit par « grille template ».`,
  ]);
});

test("template refuses to replace a file unless --force", async () => {
  const file = path.join(dir, "existant.xlsx");
  await fs.writeFile(file, "ancien");
  const refused = await grille(["template", "--out", file]);
  expect(refused.code).toBe(2);
  expect(await fs.readFile(file, "utf8")).toBe("ancien");
  const forced = await grille(["template", "--out", file, "--force"]);
  expect(forced.code).toBe(0);
  expect((await fs.readFile(file)).subarray(0, 2).toString()).toBe("PK");
});

test("--out is checked before anything is written: an input is never replaced, even with --force", async () => {
  const grid = path.join(dir, "ma-grille.json");
  const json = await fs.readFile(path.join(GRIDS_DIR, "reference.json"));
  await fs.writeFile(grid, json);
  // A workbook under a .json name (Excel would refuse to open it), over the grid it was made from.
  const asJson = await grille(["template", "--out", grid, "--from", grid, "--force"]);
  expect(asJson.code).toBe(2);
  expect(asJson.err.trim()).toBe(
    `${grid} : le fichier de sortie doit se terminer par .xlsx (sinon Excel refuse de l'ouvrir). Choisissez un nom en .xlsx.`,
  );
  // The same input reached by another spelling of its path.
  const book = path.join(dir, "source.xlsx");
  await fs.writeFile(book, json);
  const sameFile = await grille([
    "template",
    "--out",
    path.join(dir, ".", "source.xlsx"),
    "--from",
    book,
    "--force",
    "--lang",
    "en",
  ]);
  expect(sameFile.code).toBe(2);
  expect(sameFile.err).toContain(
    `is also the input file ${book}: it will not be replaced, even with --force.`,
  );
  expect(await fs.readFile(grid)).toEqual(json);
  expect(await fs.readFile(book)).toEqual(json);
});

test("--out in a folder that does not exist, or naming a folder: refused, nothing created", async () => {
  const missing = path.join(dir, "pas-de-dossier", "grille.xlsx");
  const refused = await grille(["template", "--out", missing]);
  expect(refused.code).toBe(2);
  expect(refused.err.trim()).toBe(
    `${missing} : le dossier « ${path.dirname(missing)} » n'existe pas. Créez-le ou choisissez un autre chemin.`,
  );
  await expect(fs.access(path.dirname(missing))).rejects.toThrow();
  const folder = path.join(dir, "dossier.xlsx");
  await fs.mkdir(folder);
  const isFolder = await grille(["template", "--out", folder, "--force"]);
  expect(isFolder.code).toBe(2);
  expect(isFolder.err).toContain(`${folder} est un dossier.`);
});

test("--password protects every sheet with a password; without it, sheets are protected without one", async () => {
  const locked = path.join(dir, "mot-de-passe.xlsx");
  const open = path.join(dir, "sans-mot-de-passe.xlsx");
  expect((await grille(["template", "--out", locked, "--password", "secret"])).code).toBe(0);
  expect((await grille(["template", "--out", open])).code).toBe(0);
  const protections = async (file: string) => {
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    return Promise.all(
      sheets.map(
        async (name) => /<sheetProtection[^>]*>/.exec(await zip.file(name)!.async("string"))?.[0] ?? "",
      ),
    );
  };
  const withPassword = await protections(locked);
  expect(withPassword).toHaveLength(5);
  expect(withPassword.every((tag) => /(password|hashValue)=/.test(tag))).toBe(true);
  const without = await protections(open);
  expect(without.every((tag) => tag !== "" && !/(password|hashValue)=/.test(tag))).toBe(true);
});

test("a partial grid pre-fills the template; its problems are printed for the caterer to fix", async () => {
  const partial = path.join(dir, "partielle.json");
  await fs.writeFile(
    partial,
    JSON.stringify({
      standard: "grille-commune-traiteur",
      version: "1.0",
      prix: { "plateau.classique": 18.5 },
    }),
  );
  const file = path.join(dir, "partielle.xlsx");
  const made = await grille(["template", "--out", file, "--from", partial]);
  // Written, with the grid's errors printed: exit 1 (findings), never 0 beside the word "erreur".
  expect(made.code).toBe(1);
  await expect(fs.stat(file)).resolves.toBeTruthy();
  expect(made.err).toContain("« SIRET »");
  expect(made.err).not.toContain("entreprise.siret");
  const read = await grille(["read", file, "--json"]);
  expect(read.code).toBe(1);
  expect((JSON.parse(read.out) as { prix: Record<string, number> }).prix["plateau.classique"]).toBe(18.5);
});

test("an unreadable grid JSON writes no template, exit 1", async () => {
  const bad = path.join(dir, "mauvaise.json");
  await fs.writeFile(
    bad,
    JSON.stringify({
      standard: "grille-commune-traiteur",
      version: "1.0",
      prix: { "plateau.classique": -3 },
    }),
  );
  const file = path.join(dir, "jamais.xlsx");
  const made = await grille(["template", "--out", file, "--from", bad]);
  expect(made.code).toBe(1);
  expect(made.err).toContain("Plateau-repas classique");
  await expect(fs.access(file)).rejects.toThrow();
});

test("price --grid takes a filled template: E1 from the reference grid's template is 10.50 HT, 11.55 TTC", async () => {
  const file = path.join(dir, "reference-prix.xlsx");
  expect(
    (await grille(["template", "--out", file, "--from", path.join(GRIDS_DIR, "reference.json")])).code,
  ).toBe(0);
  const e1 = { product: "cocktail", pieces: 6, guests: 50, delivery: { included: true, zone: "paris" } };
  const priced = await grille(["price", "--grid", file, "--variant", JSON.stringify(e1), "--json"]);
  expect(priced.code).toBe(0);
  expect(JSON.parse(priced.out)).toMatchObject([{ ht: 10.5, ttc: 11.55 }]);
});

test("price --grid refuses a workbook that is not a template, naming the file (exit 2)", async () => {
  const other = path.join(dir, "autre-prix.xlsx");
  await fs.writeFile(other, await writeWorkbook({ sheets: [{ name: "Feuil1", cells: [] }], styles: {} }));
  const priced = await grille(["price", "--grid", other, "--variant", '{"product":"buffet.froid"}']);
  expect(priced.code).toBe(2);
  expect(priced.err).toContain("autre-prix.xlsx");
});

test("price --grid on a template with an error: the error, then 'fix it', not 'this is not a template'", async () => {
  const file = path.join(dir, "prix-ref.xlsx");
  expect(
    (await grille(["template", "--out", file, "--from", path.join(GRIDS_DIR, "reference.json")])).code,
  ).toBe(0);
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const part = "xl/worksheets/sheet3.xml";
  const xml = await zip.file(part)!.async("string");
  const broken = xml.replace(/<c r="D6"([^>]*?)(\/>|>[\s\S]*?<\/c>)/, '<c r="D6"$1 t="e"><v>#REF!</v></c>');
  expect(broken).not.toBe(xml);
  zip.file(part, broken);
  const tampered = path.join(dir, "prix-ref-casse.xlsx");
  await fs.writeFile(tampered, await zip.generateAsync({ type: "uint8array" }));
  const priced = await grille(["price", "--grid", tampered, "--variant", '{"product":"buffet.froid"}']);
  expect(priced.code).toBe(2);
  expect(priced.err.trim().split("\n")).toEqual([
    expect.stringMatching(/^.*prix-ref-casse\.xlsx: Prix!D6: erreur: .*l'erreur #REF!/),
    `${tampered} : grille inutilisable pour chiffrer. Corrigez d'abord dans le classeur les erreurs ci-dessus, puis relancez.`,
  ]);
});

test("a template is known by its content: priced under another name, refused where JSON is expected", async () => {
  const file = path.join(dir, "grille-sans-extension");
  const made = path.join(dir, "pour-renommer.xlsx");
  expect(
    (await grille(["template", "--out", made, "--from", path.join(GRIDS_DIR, "reference.json")])).code,
  ).toBe(0);
  await fs.copyFile(made, file);
  const e1 = { product: "cocktail", pieces: 6, guests: 50, delivery: { included: true, zone: "paris" } };
  const priced = await grille(["price", "--grid", file, "--variant", JSON.stringify(e1), "--json"]);
  expect(priced.code).toBe(0);
  expect(JSON.parse(priced.out)).toMatchObject([{ ht: 10.5, ttc: 11.55 }]);
  const asVariants = await grille(["price", "--grid", file, "--variants", made]);
  expect(asVariants.code).toBe(2);
  expect(asVariants.err.trim()).toBe(
    `${made} est un classeur (Excel ou autre), pas un fichier JSON. Donnez ici le fichier .json attendu (voir --help).`,
  );
});
