import { t, type Lang } from "../../i18n";
import { formatEuros } from "../money/format";
import type { OabFlag } from "./types";

/** An abnormally-low flag in words ("À justifier : … seuil 82 526,91 €"), never "rejeté". */
export function oabFlagMessage(flag: OabFlag, lang: Lang): string {
  return t(lang, flag.messageKey, { threshold: formatEuros(flag.thresholdCents, lang) });
}
