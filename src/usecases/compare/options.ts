// The buyer's options as typed (a command line's words, a form's fields) read into the comparison's options: the
// points of the price criterion ("40", "12,5"), the scoring shown first (whatever its case and accents), the
// estimate ("120 000", "120000,50 €"). A value that cannot be read is a problem naming its field, never a guess.

import { SCORE_METHODS, type ScoreMethod } from "../../core/compare";
import { centsFromEuroText } from "../../core/money";
import { parseScaledDecimal } from "../../core/money/decimal";
import type { MessageKey, MessageParams } from "../../i18n";
import type { CompareBidsOptions } from "../compare-bids";

export interface CompareOptionFields {
  readonly points?: string;
  readonly method?: string;
  /** Blank: no estimate. */
  readonly estimate?: string;
  readonly trimmedMean?: boolean;
}

export type OptionField = "points" | "method" | "estimate";

export interface OptionProblem {
  readonly field: OptionField;
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
}

export type OptionsReading =
  | { readonly ok: true; readonly options: CompareBidsOptions }
  | { readonly ok: false; readonly problems: readonly OptionProblem[] };

export const DEFAULT_POINTS = 40;
/** Above 1 000 points a weight is a typing mistake (the core refuses it too). */
const MAX_POINTS_HUNDREDTHS = 100_000;

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();

function pointsOf(value: string | undefined): number | OptionProblem {
  if (value === undefined || value.trim() === "") return DEFAULT_POINTS;
  const read = parseScaledDecimal(value.trim().replace(",", "."), 2, MAX_POINTS_HUNDREDTHS);
  if (read.ok && read.value > 0) return read.value / 100;
  return { field: "points", messageKey: "compare.option.points", params: { value } };
}

function methodOf(value: string | undefined): ScoreMethod | OptionProblem {
  if (value === undefined || value.trim() === "") return "classique";
  const method = SCORE_METHODS.find((one) => one === fold(value));
  if (method) return method;
  return {
    field: "method",
    messageKey: "compare.option.method",
    params: { value, methods: SCORE_METHODS.join(", ") },
  };
}

function estimateOf(value: string | undefined): CompareBidsOptions["estimate"] | OptionProblem {
  if (value === undefined || value.trim() === "") return undefined;
  const read = centsFromEuroText(value);
  if (read.ok && read.cents > 0) return { total: read.cents };
  return { field: "estimate", messageKey: "compare.option.estimate", params: { value } };
}

const isProblem = (value: unknown): value is OptionProblem =>
  typeof value === "object" && value !== null && "messageKey" in value;

export function readCompareOptions(fields: CompareOptionFields): OptionsReading {
  const points = pointsOf(fields.points);
  const method = methodOf(fields.method);
  const estimate = estimateOf(fields.estimate);
  const problems = [points, method, estimate].filter(isProblem);
  if (isProblem(points) || isProblem(method) || isProblem(estimate)) return { ok: false, problems };
  return {
    ok: true,
    options: {
      points,
      method,
      ...(fields.trimmedMean ? { trimmedMean: true } : {}),
      ...(estimate ? { estimate } : {}),
    },
  };
}
