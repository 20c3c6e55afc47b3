#!/usr/bin/env node
// Times `grille collect` on generated returned grids (default 1 000: four in five filled templates, one in five
// JSON, as the demo writes them): the compiled CLI (lib/) run in this process for wall and CPU time, then the real
// command (bin/grille.js) in a child process for the end-to-end wall time. The machine's load moves wall times a lot:
// the CPU time is the figure to compare. Usage: npm run build:cli && node scripts/bench-collect.js [count]
const { execFile } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const lib = (...parts) => require(path.resolve(__dirname, "..", "lib", ...parts));
const { sampleGrids } = lib("cli", "demo", "sample-grids.js");
const { readGridJson } = lib("core", "grid", "index.js");
const { makeTemplate } = lib("usecases", "make-template.js");
const { writeWorkbook } = lib("xlsx", "write.js");
const { run } = lib("cli", "main.js");

const TODAY = "2026-12-01";

async function writeGrids(folder, count) {
  const samples = sampleGrids({
    count,
    seed: 11,
    validUntil: "2027-06-30",
    expiredUntil: "2026-06-30",
    expiredEvery: 8,
  });
  for (const [index, { name, json }] of samples.entries()) {
    if (index % 5 === 4) fs.writeFileSync(path.join(folder, `${name}.json`), JSON.stringify(json));
    else
      fs.writeFileSync(
        path.join(folder, `${name}.xlsx`),
        await writeWorkbook(makeTemplate({ lang: "fr", grid: readGridJson(json).grid })),
      );
  }
  return samples.length;
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function main() {
  const count = Number(process.argv[2] ?? 1000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-collect-"));
  const folder = path.join(dir, "grilles");
  fs.mkdirSync(folder);
  try {
    let start = Date.now();
    const files = await writeGrids(folder, count);
    console.log(`${files} grids written in ${seconds(Date.now() - start)}`);
    const args = [
      "collect",
      folder,
      "--today",
      TODAY,
      "--json",
      "--out",
      path.join(dir, "r.xlsx"),
      "--report",
      path.join(dir, "r.html"),
      "--force",
    ];
    const quiet = { out: () => undefined, err: () => undefined, env: { LANG: "fr_FR.UTF-8" } };
    start = Date.now();
    const cpu = process.cpuUsage();
    const code = await run(["node", "grille", ...args], quiet);
    const used = process.cpuUsage(cpu);
    const wall = Date.now() - start;
    const cpuMs = (used.user + used.system) / 1000;
    console.log(
      `in process: exit ${code}, wall ${seconds(wall)}, CPU ${seconds(cpuMs)} (${(cpuMs / files).toFixed(1)} ms of CPU per grid)`,
    );
    start = Date.now();
    await new Promise((resolve, reject) =>
      execFile(
        process.execPath,
        [path.resolve(__dirname, "..", "bin", "grille.js"), ...args],
        { maxBuffer: 64 * 1024 * 1024 },
        (error) => (error && typeof error.code !== "number" ? reject(error) : resolve()),
      ),
    );
    console.log(
      `bin/grille.js end to end: wall ${seconds(Date.now() - start)}; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
