import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { collectExit } from "../../src/cli/commands/collect";
import { localIsoDate } from "../../src/usecases/collect-grids";
import { createProgress, progressLine } from "../../src/cli/progress";
import { t } from "../../src/i18n";
import { expectValidWorkbook } from "../helpers/ooxml";
import { DESK_TODAY, encryptedWorkbookBytes, writeReturnedGrids } from "../helpers/returned-grids";
import { TENDERS_DIR } from "../helpers/tender-expectations";
import { grille } from "./template-helpers";

// `grille collect` end to end: a hundred returned grids with a damaged, an encrypted, a foreign and a fake workbook
// among them (each listed with its reason, the others collected), folders walked recursively, exactly the JSON
// shape, exit 0 / 1 / 2, outputs checked before any work.

let dir = "";

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-collect-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface GridJson {
  file: string;
  siret: string | null;
  raison_sociale: string | null;
  valid: boolean;
  errors: number;
  warnings: number;
}

describe("a hundred grids and four bad files", () => {
  const folder = () => path.join(dir, "cent");
  const bad = {
    damaged: "casse.xlsx",
    encrypted: "secret.xlsx",
    foreign: "bpu-mairie.xlsx",
    fake: "pas-un-classeur.xlsx",
  };
  let samples: Awaited<ReturnType<typeof writeReturnedGrids>>;

  beforeAll(async () => {
    samples = await writeReturnedGrids(folder(), 100, { jsonEvery: 5 });
    const template = await fs.readFile(samples.files[0]);
    await fs.writeFile(path.join(folder(), bad.damaged), template.subarray(0, template.length >> 1));
    await fs.writeFile(path.join(folder(), bad.encrypted), encryptedWorkbookBytes());
    await fs.copyFile(path.join(TENDERS_DIR, "t-mairie.xlsx"), path.join(folder(), bad.foreign));
    await fs.writeFile(path.join(folder(), bad.fake), "%PDF-1.4 ceci n'est pas un classeur\n");
  }, 300_000);

  test("each bad file is listed with its reason, the others are collected, exit 1", async () => {
    const register = path.join(dir, "registre.xlsx");
    const report = path.join(dir, "observatoire.html");
    const run = await grille([
      "collect",
      folder(),
      "--today",
      DESK_TODAY,
      "--json",
      "--out",
      register,
      "--report",
      report,
    ]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.out) as { grids: GridJson[]; lines: unknown[] };
    expect(Object.keys(json)).toEqual(["grids", "lines"]);
    expect(json.grids).toHaveLength(samples.files.length + 4);
    for (const grid of json.grids)
      expect(Object.keys(grid)).toEqual(["file", "siret", "raison_sociale", "valid", "errors", "warnings"]);

    const byName = new Map(json.grids.map((grid) => [path.basename(grid.file), grid]));
    const reasons = {
      damaged: "workbook.read.damaged",
      encrypted: "workbook.read.encrypted",
      foreign: "collect.notGrid",
      fake: "workbook.read.notZip",
    } as const;
    for (const [kind, name] of Object.entries(bad) as [keyof typeof bad, string][]) {
      // Named from the folder given, never with the folders above it: the register is handed on.
      const file = path.join(path.basename(folder()), name);
      expect(byName.get(name)).toEqual({
        file,
        siret: null,
        raison_sociale: null,
        valid: false,
        errors: 1,
        warnings: 0,
      });
      expect(run.err).toContain(t("fr", reasons[kind], { file }));
    }

    // Every sample is collected: valid unless expired (validity 2026-06-30) or replaced by its later copy.
    const expired = samples.samples
      .filter((sample) => sample.json.validite === "2026-06-30")
      .map((s) => s.name);
    const replaced = samples.samples[2].name;
    for (const sample of samples.samples) {
      const grid = [...byName.values()].find((one) => path.basename(one.file).startsWith(`${sample.name}.`));
      const entreprise = sample.json.entreprise as { siret: string; raison_sociale: string };
      expect(grid).toMatchObject({
        siret: entreprise.siret,
        raison_sociale: entreprise.raison_sociale,
        errors: 0,
      });
      expect(grid?.valid).toBe(!expired.includes(sample.name) && sample.name !== replaced);
    }
    expect(expired.length).toBeGreaterThan(5);
    expect(run.err).toContain(t("fr", "collect.cli.wroteRegister", { file: register }));
    await expectValidWorkbook(await fs.readFile(register), "registre.xlsx");
    expect((await fs.readFile(report, "utf8")).startsWith("<!DOCTYPE html>")).toBe(true);
  }, 300_000);
});

describe("what the command reads and when it stops", () => {
  test("folders are walked recursively; hidden files, Excel's lock files and a file named twice are read once", async () => {
    const root = path.join(dir, "arbre");
    const { files } = await writeReturnedGrids(path.join(root, "lot-1", "sous-lot"), 3, { jsonEvery: 2 });
    await fs.writeFile(path.join(root, ".cache.json"), "{}");
    await fs.writeFile(path.join(root, "~$grille-001.xlsx"), "verrou");
    await fs.writeFile(path.join(root, "notes.txt"), "pas une grille");
    const run = await grille(["collect", root, files[0], "--json", "--today", DESK_TODAY]);
    const json = JSON.parse(run.out) as { grids: GridJson[] };
    expect(json.grids.map((grid) => grid.file)).toEqual(files.map((file) => path.relative(dir, file)).sort());
    // Three grids and the later copy of the third: all valid but the replaced one.
    expect(json.grids.filter((grid) => grid.valid)).toHaveLength(3);
    expect(run.code).toBe(0);
  }, 120_000);

  test("no file at all: exit 2 with one line; a missing path among files is listed as unreadable", async () => {
    const empty = path.join(dir, "vide");
    await fs.mkdir(empty);
    const none = await grille(["collect", empty]);
    expect(none).toEqual({
      code: 2,
      out: "",
      err: `${t("fr", "collect.cli.noFile", { paths: empty })}\n`,
    });
    const missing = path.join(dir, "absent.xlsx");
    expect((await grille(["collect", missing])).code).toBe(2);
    const { files } = await writeReturnedGrids(path.join(dir, "deux"), 2, { jsonEvery: 0 });
    const run = await grille(["collect", files[0], missing, "--today", DESK_TODAY]);
    expect(run.code).toBe(1);
    expect(run.out).toContain(t("fr", "error.fileNotFound", { file: path.basename(missing) }));
  }, 120_000);

  test("the register and the report name each grid from the folder given, never with the folders of the disk above it", async () => {
    const lot = path.join(dir, "noms", "x", "grilles");
    const other = path.join(dir, "noms", "y", "grilles");
    const { files } = await writeReturnedGrids(lot, 2, { jsonEvery: 0 });
    // Another folder of the same name holding a file of the same name: both would go by "grilles/grille-001.xlsx".
    const twin = path.join(other, path.basename(files[0]));
    await fs.mkdir(other, { recursive: true });
    await fs.copyFile(files[0], twin);
    const register = path.join(dir, "noms-registre.xlsx");
    const report = path.join(dir, "noms-observatoire.html");
    const run = await grille([
      "collect",
      lot,
      other,
      "--today",
      DESK_TODAY,
      "--out",
      register,
      "--report",
      report,
    ]);
    expect(run.code).toBe(0);
    const html = await fs.readFile(report, "utf8");
    const { readWorkbookFile } = await import("../../src/xlsx/node-files");
    const texts = (await readWorkbookFile(register)).sheets.flatMap((sheet) =>
      sheet.cells.flat().flatMap((cell) => (cell.value.type === "text" ? [cell.value.value] : [])),
    );
    const named = path.join("grilles", path.basename(files[1]));
    expect(texts).toContain(named);
    expect(html).toContain(`<td>${named}</td>`);
    expect(texts).not.toContain(files[1]);
    expect(html).not.toContain(files[1]);
    // The two files that would share a name keep their paths as given, so neither is taken for the other.
    expect(texts).toEqual(expect.arrayContaining([files[0], twin]));
  }, 120_000);

  test("outputs are checked before reading: an existing file without --force, an input as output", async () => {
    const { files } = await writeReturnedGrids(path.join(dir, "sorties"), 2, { jsonEvery: 0 });
    const existing = path.join(dir, "deja.xlsx");
    await fs.writeFile(existing, "x");
    const refused = await grille(["collect", ...files, "--out", existing]);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(`${t("fr", "error.outputExists", { file: existing })}\n`);
    const overInput = await grille(["collect", ...files, "--out", files[0], "--force"]);
    expect(overInput.code).toBe(2);
    expect(overInput.err).toBe(`${t("fr", "error.outputIsInput", { file: files[0], input: files[0] })}\n`);
    const report = await grille(["collect", ...files, "--report", path.join(dir, "rapport.txt")]);
    expect(report.err).toContain(
      t("fr", "error.outputExtension", { file: path.join(dir, "rapport.txt"), extension: ".html" }),
    );
    const forced = await grille(["collect", ...files, "--out", existing, "--force", "--today", DESK_TODAY]);
    expect(forced.code).toBe(0);
    await expectValidWorkbook(await fs.readFile(existing), "deja.xlsx");
    expect((await grille(["collect", ...files, "--today", "30/11/2026"])).err).toBe(
      `${t("fr", "collect.cli.badDate", { value: "30/11/2026" })}\n`,
    );
  }, 120_000);
});

describe("pieces of the command", () => {
  test("the progress bar is drawn on a terminal only, and fits its width", () => {
    const written: string[] = [];
    const pipe = createProgress({ isTTY: false, write: (text: string) => written.push(text) });
    pipe.update(1, 2, "a.xlsx");
    pipe.end();
    expect(written).toEqual([]);
    const terminal = createProgress({
      isTTY: true,
      columns: 60,
      write: (text: string) => written.push(text),
    });
    terminal.update(2, 4, "grille-002.xlsx");
    terminal.update(4, 4, "");
    terminal.end();
    expect(written[0]).toBe(`\r\u001b[2K${progressLine(2, 4, "grille-002.xlsx", 60)}`);
    expect(progressLine(2, 4, "grille-002.xlsx", 60)).toBe("[############------------] 2/4 grille-002.xlsx");
    expect(progressLine(50, 1000, "x".repeat(100), 40)).toHaveLength(39);
    expect(written[written.length - 1]).toBe("\r\u001b[2K");
  });

  test("today is the machine's local date", () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });

  test("exit 1 when a file needs the facilitator, 0 when only a replaced copy is set aside", () => {
    const grid = (status: string, severity?: "error" | "warning") => ({
      status,
      findings: severity ? [{ severity }] : [],
    });
    const exit = (...grids: ReturnType<typeof grid>[]) =>
      collectExit({ grids } as unknown as Parameters<typeof collectExit>[0]);
    expect(exit(grid("valid"), grid("replaced"), grid("valid", "warning"))).toBe(0);
    expect(exit(grid("valid"), grid("expired", "warning"))).toBe(1);
    expect(exit(grid("valid"), grid("unreadable", "error"))).toBe(1);
  });
});
