// npm run bench [-- --check]: see bench/README.md.

import { writeFileSync } from "node:fs";
import path from "node:path";
import { cliRows } from "./cli";
import { coreRows } from "./core";
import { excelDoorRows } from "./excel-door";
import { paneRows } from "./pane";
import { table, withinBudget, type Row } from "./report";

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const rows: Row[] = [...(await excelDoorRows()), ...(await paneRows())];
  if (!check) rows.push(...coreRows());
  if (!check) rows.push(...(await cliRows()));
  process.stdout.write(`${table(rows)}\n`);
  const file = path.join(__dirname, "results.json");
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), check, rows }, null, 2)}\n`);
  const missed = rows.filter((row) => row.checked && !withinBudget(row));
  if (missed.length > 0) {
    process.stderr.write(
      `\nBudgets missed:\n${missed.map((row) => `  ${row.section}: ${row.name}`).join("\n")}\n`,
    );
    process.exitCode = check ? 1 : 0;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
});
