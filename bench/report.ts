// The bench's table (this module is not called results.ts: `require("./results")` would find the results.json a
// previous run wrote before it). One row of the table: a figure, its unit, and the budget it is held to (if any). Machine-independent
// budgets (syncs, request bytes, bundle bytes) are checked by `--check`; the others are shown against their budget.

export interface Row {
  readonly section: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The most the figure may be. */
  readonly budget?: number;
  /** True when the figure does not depend on the machine's speed: `--check` fails on it. */
  readonly checked?: boolean;
  readonly note?: string;
}

export const withinBudget = (row: Row): boolean => row.budget === undefined || row.value <= row.budget;

function cell(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

export function table(rows: readonly Row[]): string {
  const lines = rows.map((row) => {
    const value = Number.isInteger(row.value) ? String(row.value) : row.value.toFixed(row.value < 10 ? 2 : 1);
    const budget = row.budget === undefined ? "" : `≤ ${row.budget}`;
    const verdict = row.budget === undefined ? "" : withinBudget(row) ? "ok" : "OVER";
    return [
      cell(row.section, 12),
      cell(row.name, 52),
      cell(`${value} ${row.unit}`, 18),
      cell(budget, 14),
      cell(verdict, 5),
      row.checked ? "checked" : "",
    ].join(" ");
  });
  return lines.join("\n");
}
