// Why figures of a line are not shown, in words: "moins de 5 grilles" when the whole line is withheld for one
// reason, else each withheld quartile with its reason ("Médiane : prix d'un seul traiteur").

import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import { MIN_CONTRIBUTORS, type PriceStatistic } from "../observatory";
import { LIST_SEPARATOR } from "./texts";

const QUARTILE_KEYS = [
  ["q1", "collect.column.q1"],
  ["median", "collect.column.median"],
  ["q3", "collect.column.q3"],
] as const;

export function statisticNote(statistic: PriceStatistic, lang: Lang): string {
  const withheld = QUARTILE_KEYS.flatMap(([field, key]) => {
    const value = statistic[field];
    return value.kind === "withheld" ? [{ key, reason: value.reason }] : [];
  });
  if (withheld.length === 0) return "";
  const reasonText = (reason: (typeof withheld)[number]["reason"]) =>
    t(lang, `collect.withheld.${reason}`, { threshold: MIN_CONTRIBUTORS });
  const reasons = new Set(withheld.map((one) => one.reason));
  if (withheld.length === QUARTILE_KEYS.length && reasons.size === 1) return reasonText(withheld[0].reason);
  return withheld
    .map((one) =>
      t(lang, "collect.withheld.quartile", { quartile: t(lang, one.key), reason: reasonText(one.reason) }),
    )
    .join(LIST_SEPARATOR);
}
