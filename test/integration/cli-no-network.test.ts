// Nothing leaves the machine: the real CLI (bin/grille.js, as a user runs it) does its main jobs in a child
// process where every socket, DNS lookup and fetch throws and is recorded (test/helpers/no-network.js).
// The workbooks the demo writes are checked as Excel would open them, on the way.
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { validateWorkbooks, describeFailure } from "../helpers/ooxml";

const ROOT = path.resolve(__dirname, "../..");
const PRELOAD = path.join(__dirname, "../helpers/no-network.js");
const GRIDS = path.resolve(ROOT, "../shared/fixtures/grids");

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Every network attempt the preload recorded. */
  readonly attempts: string[];
}

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "cli-no-network-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function guarded(args: readonly string[]): Promise<Run> {
  const log = path.join(dir, `network-${Date.now()}-${Math.random().toString(36).slice(2)}.log`);
  await fs.writeFile(log, "");
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
    (resolve) => {
      execFile(
        process.execPath,
        ["--require", PRELOAD, ...args],
        { cwd: ROOT, env: { ...process.env, NO_NETWORK_LOG: log, LANG: "fr_FR.UTF-8" }, timeout: 60_000 },
        (error, out, err) =>
          resolve({
            code: error ? (typeof error.code === "number" ? error.code : -1) : 0,
            stdout: out,
            stderr: err,
          }),
      );
    },
  );
  const attempts = (await fs.readFile(log, "utf8")).split("\n").filter(Boolean);
  return { code, stdout, stderr, attempts };
}

const grille = (...args: string[]) => guarded([path.join(ROOT, "bin/grille.js"), ...args]);

test("control: the preload catches and records fetch, https, DNS, TCP and UDP", async () => {
  const script = [
    'try { void fetch("https://example.com"); } catch {}',
    'try { require("https").get("https://example.com"); } catch {}',
    'try { require("dns").lookup("example.com", () => {}); } catch {}',
    'try { require("net").connect(80, "example.com"); } catch {}',
    'try { new (require("net").Socket)().connect(443, "example.com"); } catch {}',
    'try { require("dgram").createSocket("udp4"); } catch {}',
  ].join("\n");
  const run = await guarded(["-e", script]);
  expect(run.attempts.map((line) => line.split(" ")[0])).toEqual([
    "globalThis.fetch",
    "https.get",
    "dns.lookup",
    "net.connect",
    "net.Socket.connect",
    "dgram.createSocket",
  ]);
});

describe("the CLI opens no socket", () => {
  test("template: blank with a password, and pre-filled from a grid in English", async () => {
    const blank = await grille("template", "--out", path.join(dir, "modele.xlsx"), "--password", "œuf-€");
    const filled = await grille(
      "--lang",
      "en",
      "template",
      "--from",
      path.join(GRIDS, "reference.json"),
      "--out",
      path.join(dir, "reference.xlsx"),
    );
    for (const run of [blank, filled])
      expect({ code: run.code, attempts: run.attempts, stderr: run.stderr }).toEqual({
        code: 0,
        attempts: [],
        stderr: "",
      });
  });

  test("read: a filled template is read back as JSON", async () => {
    const out = path.join(dir, "read.xlsx");
    expect((await grille("template", "--from", path.join(GRIDS, "traiteur-a.json"), "--out", out)).code).toBe(
      0,
    );
    const run = await grille("read", out, "--json");
    expect(run.attempts).toEqual([]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toBeInstanceOf(Object);
  });

  test("price: a variant priced from a grid", async () => {
    const variant = JSON.stringify({ product: "cocktail", pieces: 8 });
    const run = await grille("price", "--grid", path.join(GRIDS, "reference.json"), "--variant", variant);
    expect(run.attempts).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/€ HT/);
  });

  test("map: a buyer's schedule read line by line, as JSON", async () => {
    const tender = path.resolve(ROOT, "../shared/fixtures/tenders/t-departement.xlsx");
    const run = await grille("map", tender, "--json");
    expect(run.attempts).toEqual([]);
    // Exit 1: the tender has a line outside the standard.
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).sheet).toBe("BPU-DQE");
  });

  test("fill: a buyer's schedule answered from a grid, the filled copy written", async () => {
    const tender = path.resolve(ROOT, "../shared/fixtures/tenders/t-departement.xlsx");
    const out = path.join(dir, "rempli.xlsx");
    const run = await grille(
      "fill",
      tender,
      "--grid",
      path.join(GRIDS, "reference.json"),
      "--out",
      out,
      "--json",
    );
    expect(run.attempts).toEqual([]);
    // Exit 1: the line outside the standard is left for the caterer.
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).filled.length).toBeGreaterThan(20);
    expect((await fs.stat(out)).size).toBeGreaterThan(0);
  });

  test("bordereau and check: a schedule written from a lines file, a bid checked with a grid, as JSON", async () => {
    const lines = path.join(dir, "lignes.json");
    await fs.writeFile(
      lines,
      JSON.stringify([{ ref: "1", quantity: 50, variant: { product: "pause.cafe" } }]),
    );
    const written = await grille("bordereau", "--lines", lines, "--out", path.join(dir, "bpu.xlsx"));
    expect({ code: written.code, attempts: written.attempts, stderr: written.stderr }).toEqual({
      code: 0,
      attempts: [],
      stderr: "",
    });
    const fixtures = path.resolve(ROOT, "../shared/fixtures");
    const run = await grille(
      "check",
      path.join(fixtures, "bids/bid-c.xlsx"),
      "--tender",
      path.join(fixtures, "tenders/t-departement.xlsx"),
      "--grid",
      path.join(GRIDS, "traiteur-b.json"),
      "--json",
    );
    expect(run.attempts).toEqual([]);
    // Exit 1: bid-c leaves the cook's price blank.
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).findings).toHaveLength(1);
  });

  test("demo: the whole demo, and the workbooks it writes open in Excel without repair", async () => {
    const out = path.join(dir, "demo");
    const run = await grille("demo", "--out", out);
    expect({ code: run.code, attempts: run.attempts }).toEqual({ code: 0, attempts: [] });
    const books = (await fs.readdir(out)).filter((file) => file.endsWith(".xlsx"));
    expect(books.length).toBeGreaterThan(0);
    const result = await validateWorkbooks(
      await Promise.all(
        books.map(async (name) => ({ name, bytes: new Uint8Array(await fs.readFile(path.join(out, name))) })),
      ),
    );
    expect(result.failures.map(describeFailure)).toEqual([]);
  });
});
