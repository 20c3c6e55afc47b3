import { SCORE_METHODS } from "../core/compare";
import type { Translate } from "../i18n";
import { readCompareOptions, type OptionField } from "../usecases/compare/options";
import { checkbox, field, markInvalid, numberInput, select } from "./controls";
import { panel } from "./parts";

// The buyer's comparison options as the pane and the offline page ask them: points for price, the scoring method,
// the estimate and the trimmed mean. The use case reads them (readCompareOptions); a mistake is marked at its field.

export interface CompareOptionsPanel {
  readonly element: HTMLElement;
  /** The options read, each problem marked at its field (the caller clears marks before). */
  read(): ReturnType<typeof readCompareOptions>;
}

export function compareOptionsPanel(t: Translate): CompareOptionsPanel {
  const points = numberInput("compare-points", "40");
  const methods = SCORE_METHODS.map(
    (method) => [method, t(`compare.sheet.summary.score.${method}`)] as const,
  );
  const method = select("compare-method", methods, "classique");
  const estimate = numberInput("compare-estimate", "");
  const trimmed = checkbox("compare-trimmed", t("pane.compare.trimmed"));
  const controls: Record<OptionField, HTMLElement> = { points, method, estimate };
  const element = panel("compare-options", t("pane.compare.options"), [
    field("compare-points", t("pane.compare.points"), points),
    field("compare-method", t("pane.compare.method"), method),
    field("compare-estimate", t("pane.compare.estimate"), estimate),
    trimmed.row,
  ]);
  const read = () => {
    const reading = readCompareOptions({
      points: points.value,
      method: method.value,
      estimate: estimate.value,
      trimmedMean: trimmed.box.checked,
    });
    if (!reading.ok)
      for (const problem of reading.problems)
        markInvalid(controls[problem.field], t(problem.messageKey, problem.params));
    return reading;
  };
  return { element, read };
}
