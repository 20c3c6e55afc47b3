import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { MAX_COLLECT_FILES } from "../../src/usecases/collect-grids";
import { DESK_TODAY, writeReturnedGrids } from "../helpers/returned-grids";

// A thousand returned grids (800 filled templates, 200 JSON) collected by the real command (bin/grille.js, a child
// process), register and report written. Measured on a 2-core machine shared with other jobs (load 15 to 18):
// about 7 ms of CPU per grid in process, 13 to 24 s wall end to end (`npm run bench` times 200 against its floor). The
// bound below is five times the slower figure: it catches a slide into quadratic work, not the machine's load.

const ROOT = path.resolve(__dirname, "../..");
const BUDGET_MS = 120_000;

let dir = "";

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-collect-1000-"));
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test("1 000 grids collected end to end by the CLI within the budget", async () => {
  const folder = path.join(dir, "grilles");
  const { files } = await writeReturnedGrids(folder, 1000, { jsonEvery: 5 });
  expect(files.length).toBeLessThanOrEqual(MAX_COLLECT_FILES);
  const register = path.join(dir, "registre.xlsx");
  const report = path.join(dir, "observatoire.html");
  const args = ["collect", folder, "--today", DESK_TODAY, "--json", "--out", register, "--report", report];
  const start = Date.now();
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) =>
    execFile(
      process.execPath,
      [path.join(ROOT, "bin", "grille.js"), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, LANG: "fr_FR.UTF-8" },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 600_000,
      },
      (error, out) => resolve({ code: error ? Number(error.code) : 0, stdout: out }),
    ),
  );
  const wall = Date.now() - start;
  console.log(
    `grille collect, ${files.length} grids: ${(wall / 1000).toFixed(1)} s wall (load ${os.loadavg()[0].toFixed(1)})`,
  );
  const json = JSON.parse(stdout) as { grids: { valid: boolean; errors: number }[] };
  expect(json.grids).toHaveLength(files.length);
  expect(json.grids.every((grid) => grid.errors === 0)).toBe(true);
  // Expired grids (one in eight) make the exit 1.
  expect(code).toBe(1);
  expect((await fs.stat(register)).size).toBeGreaterThan(0);
  expect((await fs.stat(report)).size).toBeGreaterThan(0);
  expect(wall).toBeLessThan(BUDGET_MS);
}, 900_000);
