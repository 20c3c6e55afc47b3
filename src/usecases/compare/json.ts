// The comparison as `grille compare --json` prints it and scripts read it: amounts in euros with 2 decimals, scores
// in points with 2 decimals, null where a value does not apply (an incomplete or unreadable bid; `total_ht` on a
// schedule asking TTC prices only, `basis` "TTC", ranked on `total_ttc`), `oab` true when
// the default method (mean − σ) flags the bid; every finding with its code, severity, cell and words.

import type { Finding, Severity } from "../../core/findings";
import { centsToEuroNumber, type Cents } from "../../core/money";
import { numberFromScaled } from "../../core/money/decimal";
import type { Basis } from "../../core/variant/model";
import type { Lang } from "../../i18n";
import { bidFindings, type ComparedResult } from "./bid-findings";
import { findingMessage } from "../../core/finding-message";
import { findingCell } from "../../core/findings";

export interface FindingJson {
  readonly code: string;
  readonly severity: Severity;
  /** "BPU-DQE!D15", or null when the finding names no cell. */
  readonly cell: string | null;
  readonly message: string;
}

export interface BidJson {
  readonly file: string;
  readonly bidder: string | null;
  readonly complete: boolean;
  readonly total_ht: number | null;
  readonly total_ttc: number | null;
  readonly rank: number | null;
  readonly score_classique: number | null;
  readonly score_lineaire: number | null;
  readonly score_ecart: number | null;
  readonly oab: boolean;
  readonly findings: readonly FindingJson[];
}

export interface ComparisonJson {
  readonly tender: string;
  readonly points: number;
  /** What the unit prices and the ranked totals are: "HT", or "TTC" for a schedule asking TTC prices only. */
  readonly basis: Basis;
  readonly bids: readonly BidJson[];
}

const euros = (amount: Cents | null): number | null => (amount === null ? null : centsToEuroNumber(amount));
const points = (hundredths: number | undefined): number | null =>
  hundredths === undefined ? null : numberFromScaled(hundredths, 2);

export function findingJson(finding: Finding, lang: Lang): FindingJson {
  return {
    code: finding.code,
    severity: finding.severity,
    cell: findingCell(finding),
    message: findingMessage(finding, lang),
  };
}

/** The file name without its folders, as the buyer names the bid ("bid-a.xlsx"). */
export const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

export function comparisonJson(result: ComparedResult, lang: Lang): ComparisonJson {
  return {
    tender: baseName(result.tender.file),
    points: result.points,
    basis: result.tender.basis,
    bids: result.bids.map((bid, index): BidJson => {
      const compared = result.comparison.bids[index];
      return {
        file: baseName(bid.file),
        bidder: bid.bidder,
        complete: compared.complete,
        total_ht: euros(compared.totalHt),
        total_ttc: euros(compared.totalTtc),
        rank: compared.rank,
        score_classique: points(compared.scores?.classique),
        score_lineaire: points(compared.scores?.lineaire),
        score_ecart: points(compared.scores?.ecart),
        oab: compared.oab.some((flag) => flag.method === "meanSigma"),
        findings: bidFindings(result, index).map((finding) => findingJson(finding, lang)),
      };
    }),
  };
}
