// Everything to say about one bid, in one list: what reading it found (the core's bid checks, a grid's problems,
// the reason it could not be read), its abnormally-low flags ("à justifier", on the total) and, for information,
// its unit prices far below their line's mean. The JSON, the text, the workbook and the report all show this list.

import { oabFlagParams, type OabFlag } from "../../core/compare";
import type { Finding } from "../../core/findings";
import type { Basis } from "../../core/variant/model";
import type { CompareBidsResult } from "../compare-bids";

export type ComparedResult = Extract<CompareBidsResult, { ok: true }>;

function flagFinding(flag: OabFlag, file: string, basis: Basis): Finding {
  return {
    code: flag.messageKey,
    severity: "warning",
    location: { file },
    messageKey: flag.messageKey,
    params: oabFlagParams(flag, basis),
  };
}

/** Low outliers of bid `index`, at the bid's price cell (for a grid's price, the original's). */
function outlierFindings(result: ComparedResult, index: number): Finding[] {
  const bid = result.bids[index];
  return result.comparison.lines.flatMap((line, lineIndex): Finding[] => {
    if (!line.prices[index]?.lowOutlier) return [];
    const place = bid.priceCells[lineIndex] ?? {
      sheet: result.tender.sheet,
      cell: result.tender.lines[lineIndex].priceCell,
    };
    return [
      {
        code: "compare.line.lowOutlier",
        severity: "info",
        location: { file: bid.file, ...place },
        messageKey: "compare.line.lowOutlier",
      },
    ];
  });
}

export function bidFindings(result: ComparedResult, index: number): Finding[] {
  const bid = result.bids[index];
  const flags = result.comparison.bids[index].oab.map((flag) =>
    flagFinding(flag, bid.file, result.tender.basis),
  );
  return [...bid.findings, ...flags, ...outlierFindings(result, index)];
}
