// What a buyer's price table says about itself that the caterer should know before filling it: lines hidden, price
// cells merged away, a reference given to several lines, HT or TTC not said or said twice differently, a condition
// naming a rubrique the table does not have. Warnings only: the lines are still read.

import type { Finding } from "../findings";
import type { Basis } from "../variant/model";
import type { TenderCondition } from "./conditions";
import { tenderFinding } from "./findings";
import type { TableLine } from "./lines";
import type { PriceTable } from "./model";
import { repeatedRefFindings } from "./repeated-refs";
import { letters } from "./summary";

/** The table's own findings, each located in `file`. */
export function tableFindings(
  file: string,
  table: PriceTable,
  basis: Basis | null,
  conditions: readonly TenderCondition[],
  lines: readonly TableLine[],
): Finding[] {
  const findings: Finding[] = [];
  const location = { file, sheet: table.sheet };
  if (table.hiddenLines.length > 0)
    findings.push(
      tenderFinding("hiddenLines", "warning", location, {
        count: table.hiddenLines.length,
        rows: table.hiddenLines.map((row) => row + 1).join(", "),
      }),
    );
  const unfillable = lines.filter((line) => line.priceCells.length === 0);
  if (unfillable.length > 0)
    findings.push(
      tenderFinding("mergedPrice", "warning", location, {
        count: unfillable.length,
        rows: unfillable.map((line) => line.row + 1).join(", "),
      }),
    );
  const refColumn = letters(table.columns.ref);
  if (refColumn) findings.push(...repeatedRefFindings(lines, refColumn, location));
  if (basis === null)
    findings.push(
      tenderFinding("basisUnknown", "warning", location, { column: letters(table.columns.price) ?? "?" }),
    );
  const column = table.inputs[0]?.basis;
  for (const condition of conditions) {
    const other = condition.facts.basis.find((stated) => column && stated !== column);
    if (other)
      findings.push(
        tenderFinding(
          "basisConflict",
          "warning",
          { file, sheet: condition.sheet, cell: condition.cell },
          { column: column ?? "", stated: other },
        ),
      );
  }
  const sections = new Set(lines.map((line) => line.section));
  for (const condition of conditions) {
    if (condition.scope.kind !== "sections") continue;
    const missing = condition.scope.sections.filter((section) => !sections.has(section));
    if (missing.length > 0)
      findings.push(
        tenderFinding(
          "scopeUnmatched",
          "warning",
          { file, sheet: condition.sheet, cell: condition.cell },
          {
            at: `${condition.sheet}!${condition.cell}`,
            sections: missing.join(", "),
            count: missing.length,
          },
        ),
      );
  }
  return findings;
}
