import { renderBidParams } from "../bid/finding-text";
import { t, type Lang, type MessageParams } from "../../i18n";
import type { Basis } from "../variant/model";
import type { OabFlag } from "./types";

/**
 * What an abnormally-low flag's message shows: the threshold and the value it derives from, in cents, and the basis
 * of the total flagged (HT, or TTC on a schedule asking TTC only).
 */
export function oabFlagParams(flag: OabFlag, basis: Basis): MessageParams {
  return { threshold: flag.thresholdCents, reference: flag.referenceCents, basis };
}

/** An abnormally-low flag in words ("À justifier : total HT … seuil 82 526,91 €"), never "rejeté". */
export function oabFlagMessage(flag: OabFlag, basis: Basis, lang: Lang): string {
  return t(lang, flag.messageKey, renderBidParams(oabFlagParams(flag, basis), lang));
}
