// The collection as JSON, exactly {"grids": [{file, siret, raison_sociale, valid, errors, warnings}], "lines": [{id,
// count, q1, median, q3}]}: errors and warnings are counts; amounts are euros with 2 decimals at most; a quartile
// the statistics rule withholds (fewer than 5 caterers, one caterer's price, a group too close to the whole) is null.

import { centsToEuroNumber } from "../money/format";
import { shownCents, type Published } from "../observatory";
import { nameOf, siretOf } from "./identity";
import type { Collection } from "./model";

export interface CollectionGridJson {
  readonly file: string;
  readonly siret: string | null;
  readonly raison_sociale: string | null;
  readonly valid: boolean;
  readonly errors: number;
  readonly warnings: number;
}

export interface CollectionLineJson {
  readonly id: string;
  readonly count: number;
  readonly q1: number | null;
  readonly median: number | null;
  readonly q3: number | null;
}

export interface CollectionJson {
  readonly grids: readonly CollectionGridJson[];
  readonly lines: readonly CollectionLineJson[];
}

function euros(value: Published): number | null {
  const shown = shownCents(value);
  return shown === null ? null : centsToEuroNumber(shown);
}

export function collectionJson(collection: Collection): CollectionJson {
  return {
    grids: collection.grids.map((one) => ({
      file: one.file,
      siret: siretOf(one.grid) || null,
      raison_sociale: nameOf(one.grid) || null,
      valid: one.status === "valid",
      errors: one.findings.filter((finding) => finding.severity === "error").length,
      warnings: one.findings.filter((finding) => finding.severity === "warning").length,
    })),
    lines: collection.observatory.lines.map((line) => ({
      id: line.id,
      count: line.count,
      q1: euros(line.q1),
      median: euros(line.median),
      q3: euros(line.q3),
    })),
  };
}
