// Nothing lost: every command that reads files leaves them byte for byte as they were (hash, size and date), even
// when it refuses them; outputs are written atomically and exclusively (two runs cannot both write one file, a
// file that appears meanwhile is never replaced without --force); an interrupted run leaves neither a partial
// output nor a stray temporary file.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { promises as fs, existsSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { COMMANDS } from "../../src/cli/commands";
import { CliError } from "../../src/cli/errors";
import { writeFileAtomic } from "../../src/cli/io";
import { writeFileAtomically } from "../../src/xlsx/node-files";
import { GRIDS_DIR, grille } from "./template-helpers";

const ROOT = path.resolve(__dirname, "../..");
const TENDERS = path.resolve(ROOT, "../shared/fixtures/tenders");
const BIDS = path.resolve(ROOT, "../shared/fixtures/bids");
const SLOW_WRITES = path.join(__dirname, "../helpers/slow-writes.js");

let dir = "";

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-nothing-lost-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface Fingerprint {
  readonly sha256: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly mode: number;
}

async function fingerprint(file: string): Promise<Fingerprint> {
  const [data, stats] = await Promise.all([fs.readFile(file), fs.stat(file)]);
  return {
    sha256: createHash("sha256").update(data).digest("hex"),
    size: stats.size,
    mtimeMs: stats.mtimeMs,
    mode: stats.mode,
  };
}

type Files = Record<string, string>;

/** Copies of the inputs, in a folder of their own, so a test can see whether any byte or date changed. */
async function inputs(): Promise<Files> {
  const folder = await fs.mkdtemp(path.join(dir, "inputs-"));
  const copy = async (from: string, name: string) => {
    const to = path.join(folder, name);
    await fs.copyFile(from, to);
    return to;
  };
  const template = path.join(folder, "ma-grille.xlsx");
  expect(
    (await grille(["template", "--out", template, "--from", path.join(GRIDS_DIR, "traiteur-a.json")])).code,
  ).toBe(0);
  const variants = path.join(folder, "lignes.json");
  await fs.writeFile(
    variants,
    JSON.stringify([
      { id: "a", variant: { product: "cocktail", pieces: 8, guests: 30 } },
      { id: "b", variant: { product: "cocktail", pieces: 4, guests: 30 } },
    ]),
  );
  const notJson = path.join(folder, "abime.json");
  await fs.writeFile(notJson, '{"product": "cocktail", ');
  const notWorkbook = path.join(folder, "pas-un-classeur.xlsx");
  await fs.writeFile(notWorkbook, "Réf;Désignation;Prix\n1;Cocktail;12,50\n");
  const lines = path.join(folder, "lignes-bordereau.json");
  await fs.writeFile(lines, JSON.stringify([{ ref: "1", quantity: 50, variant: { product: "pause.cafe" } }]));
  const returned = path.join(folder, "grilles-recues");
  await fs.mkdir(returned);
  const returnedTemplate = await copy(template, "grilles-recues/dupont.xlsx");
  const returnedJson = await copy(path.join(GRIDS_DIR, "traiteur-b.json"), "grilles-recues/martin.json");
  return {
    template,
    variants,
    lines,
    returned,
    returnedTemplate,
    returnedJson,
    bid: await copy(path.join(BIDS, "bid-c.xlsx"), "offre-c.xlsx"),
    notJson,
    notWorkbook,
    grid: await copy(path.join(GRIDS_DIR, "reference.json"), "grille.json"),
    tender: await copy(path.join(TENDERS, "t-departement.xlsx"), "bpu.xlsx"),
  };
}

interface Run {
  readonly name: string;
  readonly args: (files: Files, out: (name: string) => string) => string[];
  readonly reads: (files: Files) => string[];
}

/** Every command that reads a file, on good and bad inputs, with the inputs each reads. */
const RUNS: readonly Run[] = [
  { name: "read a filled template", args: (f) => ["read", f.template], reads: (f) => [f.template] },
  { name: "read --json", args: (f) => ["read", f.template, "--json"], reads: (f) => [f.template] },
  {
    name: "read a file that is no workbook",
    args: (f) => ["read", f.notWorkbook],
    reads: (f) => [f.notWorkbook],
  },
  {
    name: "read a buyer's schedule (no template)",
    args: (f) => ["read", f.tender],
    reads: (f) => [f.tender],
  },
  {
    name: "price from a filled template",
    args: (f) => [
      "price",
      "--grid",
      f.template,
      "--produit",
      "cocktail",
      "--pieces",
      "8",
      "--convives",
      "30",
    ],
    reads: (f) => [f.template],
  },
  {
    name: "price from a grid JSON and a variants file",
    args: (f) => ["price", "--grid", f.grid, "--variants", f.variants, "--json"],
    reads: (f) => [f.grid, f.variants],
  },
  {
    name: "price with a broken variants file",
    args: (f) => ["price", "--grid", f.grid, "--variants", f.notJson],
    reads: (f) => [f.grid, f.notJson],
  },
  { name: "map a tender", args: (f) => ["map", f.tender], reads: (f) => [f.tender] },
  { name: "map --json", args: (f) => ["map", f.tender, "--json"], reads: (f) => [f.tender] },
  {
    name: "map a file that is no workbook",
    args: (f) => ["map", f.notWorkbook],
    reads: (f) => [f.notWorkbook],
  },
  {
    name: "template --from a grid",
    args: (f, out) => ["template", "--out", out("from.xlsx"), "--from", f.grid],
    reads: (f) => [f.grid],
  },
  {
    name: "template --from a broken JSON",
    args: (f, out) => ["template", "--out", out("broken.xlsx"), "--from", f.notJson],
    reads: (f) => [f.notJson],
  },
  {
    name: "template --from, written beside its input with --force",
    args: (f) => ["template", "--out", f.grid.replace(/\.json$/, ".xlsx"), "--from", f.grid, "--force"],
    reads: (f) => [f.grid],
  },
  {
    name: "fill a tender from a filled template",
    args: (f, out) => ["fill", f.tender, "--grid", f.template, "--out", out("rempli.xlsx")],
    reads: (f) => [f.tender, f.template],
  },
  {
    name: "fill a file that is no workbook",
    args: (f, out) => ["fill", f.notWorkbook, "--grid", f.grid, "--out", out("rempli-2.xlsx")],
    reads: (f) => [f.notWorkbook, f.grid],
  },
  {
    name: "bordereau from a lines file",
    args: (f, out) => ["bordereau", "--lines", f.lines, "--out", out("bpu.xlsx")],
    reads: (f) => [f.lines],
  },
  {
    name: "bordereau from a broken JSON",
    args: (f, out) => ["bordereau", "--lines", f.notJson, "--out", out("bpu-2.xlsx")],
    reads: (f) => [f.notJson],
  },
  {
    name: "check a bid with a grid",
    args: (f) => ["check", f.bid, "--tender", f.tender, "--grid", f.grid, "--json"],
    reads: (f) => [f.bid, f.tender, f.grid],
  },
  {
    name: "compare bids, a grid and a file that is no workbook",
    args: (f, out) => [
      "compare",
      "--tender",
      f.tender,
      f.bid,
      f.grid,
      f.notWorkbook,
      "--out",
      out("comparaison.xlsx"),
      "--report",
      out("rapport.html"),
    ],
    reads: (f) => [f.tender, f.bid, f.grid, f.notWorkbook],
  },
  {
    name: "collect a folder of returned grids",
    args: (f, out) => ["collect", f.returned, "--out", out("registre.xlsx"), "--report", out("obs.html")],
    reads: (f) => [f.returnedTemplate, f.returnedJson],
  },
];

describe("inputs are never modified", () => {
  let files: Files;
  let outDir = "";
  beforeAll(async () => {
    files = await inputs();
    outDir = await fs.mkdtemp(path.join(dir, "out-"));
  });

  test.each(RUNS.map((run) => [run.name, run] as const))(
    "%s: same bytes, size, date and mode after",
    async (_, run) => {
      const read = run.reads(files);
      const before = await Promise.all(read.map(fingerprint));
      const result = await grille(run.args(files, (name) => path.join(outDir, name)));
      expect([0, 1, 2]).toContain(result.code);
      expect(await Promise.all(read.map(fingerprint))).toEqual(before);
    },
  );

  test("the runs above cover every command of the CLI that reads a file", () => {
    // A command that lands and reads files (fill, bordereau, check, compare, collect) adds its runs above; the
    // demo reads only the samples built into the program.
    const covered = new Set(RUNS.map((run) => run.args(files, (name) => name)[0]));
    const reading = COMMANDS.map((command) => command.name).filter((name) => name !== "demo");
    expect([...covered].sort()).toEqual([...reading].sort());
  });

  test("--out naming an input is refused even with --force, and the input is untouched", async () => {
    const before = await fingerprint(files.grid);
    const same = await grille(["template", "--out", files.grid, "--from", files.grid, "--force"]);
    expect(same.code).toBe(2);
    expect(await fingerprint(files.grid)).toEqual(before);
  });
});

async function leftovers(folder: string): Promise<string[]> {
  return (await fs.readdir(folder)).filter((name) => name.endsWith(".tmp"));
}

describe("outputs are written atomically and exclusively", () => {
  test("ten simultaneous writers of one file: exactly one wins, its bytes whole; the others are told it exists", async () => {
    const folder = await fs.mkdtemp(path.join(dir, "race-"));
    const target = path.join(folder, "grille.xlsx");
    const payloads = Array.from({ length: 10 }, (_, i) => new Uint8Array(256 * 1024).fill(i + 1));
    const results = await Promise.allSettled(payloads.map((data) => writeFileAtomic(target, data)));
    const won = results.flatMap((result, i) => (result.status === "fulfilled" ? [i] : []));
    expect(won).toHaveLength(1);
    for (const result of results)
      if (result.status === "rejected") {
        expect(result.reason).toBeInstanceOf(CliError);
        expect((result.reason as CliError).messageKey).toBe("error.outputExists");
      }
    expect(new Uint8Array(await fs.readFile(target))).toEqual(payloads[won[0]]);
    expect(await leftovers(folder)).toEqual([]);
  });

  test("a file that appears after the check and before the end of the write is kept, not replaced", async () => {
    const folder = await fs.mkdtemp(path.join(dir, "appears-"));
    const target = path.join(folder, "grille.xlsx");
    // Another run writes the file just before this one puts its own in place.
    const realLink = fs.link.bind(fs);
    const link = jest.spyOn(fs, "link").mockImplementationOnce(async (from, to) => {
      await fs.writeFile(target, "the other run's file");
      return realLink(from, to);
    });
    const first = writeFileAtomic(target, new Uint8Array(4 * 1024 * 1024).fill(1));
    await first.catch(() => undefined);
    link.mockRestore();
    await expect(first).rejects.toMatchObject({ messageKey: "error.outputExists" });
    expect(await fs.readFile(target, "utf8")).toBe("the other run's file");
    expect(await leftovers(folder)).toEqual([]);
  });

  test("with --force (overwrite) the file is replaced whole", async () => {
    const folder = await fs.mkdtemp(path.join(dir, "force-"));
    const target = path.join(folder, "grille.xlsx");
    await fs.writeFile(target, "old");
    await writeFileAtomic(target, "new", { overwrite: true });
    expect(await fs.readFile(target, "utf8")).toBe("new");
    expect(await leftovers(folder)).toEqual([]);
  });

  test("where the file system has no hard links (a FAT USB key), the write stays exclusive", async () => {
    const folder = await fs.mkdtemp(path.join(dir, "nolinks-"));
    const target = path.join(folder, "grille.xlsx");
    const link = jest
      .spyOn(fs, "link")
      .mockRejectedValue(Object.assign(new Error("EPERM"), { code: "EPERM" }));
    try {
      const results = await Promise.allSettled(
        [1, 2, 3].map((n) => writeFileAtomically(target, new Uint8Array(64 * 1024).fill(n))),
      );
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(
        results
          .filter((result) => result.status === "rejected")
          .map((r) => (r as PromiseRejectedResult).reason.code),
      ).toEqual(["EEXIST", "EEXIST"]);
      expect(link).toHaveBeenCalled();
    } finally {
      link.mockRestore();
    }
    expect((await fs.readFile(target)).length).toBe(64 * 1024);
    expect(await leftovers(folder)).toEqual([]);
  });

  test("a write that fails half-way (disk full) leaves no output and no temporary file", async () => {
    const folder = await fs.mkdtemp(path.join(dir, "full-"));
    const target = path.join(folder, "grille.xlsx");
    const realOpen = fs.open.bind(fs);
    const open = jest.spyOn(fs, "open").mockImplementation(async (file, flags) => {
      const handle = await realOpen(file, flags);
      // The first half reaches the disk, then the disk is full.
      handle.writeFile = async (data) => {
        const bytes = data as Uint8Array;
        await handle.write(bytes.subarray(0, bytes.length / 2));
        throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
      };
      return handle;
    });
    try {
      await expect(writeFileAtomic(target, new Uint8Array(1024 * 1024))).rejects.toMatchObject({
        messageKey: "error.fileUnwritable",
        params: { file: target, detail: "ENOSPC" },
      });
    } finally {
      open.mockRestore();
    }
    expect(existsSync(target)).toBe(false);
    expect(await fs.readdir(folder)).toEqual([]);
  });
});

/** Runs bin/grille.js with writes slowed to a crawl, and sends `signal` once the temporary file is being written. */
async function interrupted(signal: NodeJS.Signals, args: readonly string[], folder: string) {
  const marker = path.join(folder, "writing.marker");
  const child = spawn(
    process.execPath,
    ["--require", SLOW_WRITES, path.join(ROOT, "bin/grille.js"), ...args],
    {
      cwd: folder,
      env: { ...process.env, SLOW_WRITES_MARKER: marker, LANG: "fr_FR.UTF-8" },
      stdio: "ignore",
    },
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, sig) => resolve({ code, signal: sig })),
  );
  const started = Date.now();
  while (!existsSync(marker)) {
    if (Date.now() - started > 20_000) throw new Error("the write never started");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const during = (await fs.readdir(folder)).filter((name) => name.endsWith(".tmp"));
  child.kill(signal);
  return { ...(await exited), during };
}

describe("an interrupted run leaves no partial output and no temporary file", () => {
  test.each([
    ["SIGINT (Ctrl+C)", "SIGINT", 130],
    ["SIGTERM", "SIGTERM", 143],
  ] as const)("%s during the write of the template", async (_, signal, exitCode) => {
    const folder = await fs.mkdtemp(path.join(dir, `killed-${signal}-`));
    const result = await interrupted(signal, ["template", "--out", "grille.xlsx"], folder);
    // The temporary file was there while writing: the interruption came during the write, not before it.
    expect(result.during).toHaveLength(1);
    expect(result.code).toBe(exitCode);
    expect((await fs.readdir(folder)).filter((name) => name !== "writing.marker")).toEqual([]);
  });
});
