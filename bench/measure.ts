// Timing and memory, measured the same way for every figure: the median of several runs (wall time), and the peak
// memory of a child process that does one job and nothing else.

import { execFileSync } from "node:child_process";
import path from "node:path";

export interface Timing {
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly runs: number;
}

export function timingOf(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { medianMs: median, minMs: sorted[0], maxMs: sorted[sorted.length - 1], runs: sorted.length };
}

/** Runs `work` `runs` times (after one warm-up) and times each run. */
export async function timeRuns(runs: number, work: () => Promise<unknown> | unknown): Promise<Timing> {
  await work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return timingOf(samples);
}

export interface ChildReport {
  /** What the child printed last, as JSON. */
  readonly result: Record<string, number>;
  /** Peak resident memory of the child, in MB. */
  readonly peakMb: number;
}

/** Runs a bench module's child entry (`node -r register.js <module> <job>`) in its own process, reads its report. */
export function runChild(module: string, job: string, args: readonly string[] = []): ChildReport {
  const script = path.join(__dirname, module);
  const register = path.join(__dirname, "register.js");
  const output = execFileSync(process.execPath, ["-r", register, script, job, ...args], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  const last = output.trim().split("\n").pop() ?? "{}";
  const report = JSON.parse(last) as { result: Record<string, number>; maxRssKb: number };
  return { result: report.result, peakMb: Math.round(report.maxRssKb / 1024) };
}

/** For a child: prints its result with its own peak memory, as the last line of its output. */
export function reportFromChild(result: Record<string, number>): void {
  process.stdout.write(`${JSON.stringify({ result, maxRssKb: process.resourceUsage().maxRSS })}\n`);
}
