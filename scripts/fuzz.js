#!/usr/bin/env node
// `npm run fuzz`: the fuzz suites with a random seed (printed first, to replay a failure with FUZZ_SEED=<seed>)
// and ten times the cases CI runs. Arguments after `--` go to jest (e.g. a test name pattern).
"use strict";
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const scale = process.env.FUZZ_SCALE ?? "10";
console.log(`FUZZ_SEED=${seed} FUZZ_SCALE=${scale}`);
const jest = require.resolve("jest/bin/jest");
const result = spawnSync(process.execPath, [jest, "test/fuzz", ...process.argv.slice(2)], {
  cwd: path.resolve(__dirname, ".."),
  stdio: "inherit",
  env: { ...process.env, FUZZ_SEED: seed, FUZZ_SCALE: scale },
});
if (result.status !== 0) console.log(`Replay: FUZZ_SEED=${seed} FUZZ_SCALE=${scale} npm run fuzz`);
process.exit(result.status ?? 1);
