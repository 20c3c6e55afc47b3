import { renderBidParams } from "../bid/finding-text";
import { t, type Lang, type MessageParams } from "../../i18n";
import type { OabFlag } from "./types";

/** What an abnormally-low flag's message shows, in cents: the threshold and the value it derives from. */
export function oabFlagParams(flag: OabFlag): MessageParams {
  return { threshold: flag.thresholdCents, reference: flag.referenceCents };
}

/** An abnormally-low flag in words ("À justifier : … seuil 82 526,91 €"), never "rejeté". */
export function oabFlagMessage(flag: OabFlag, lang: Lang): string {
  return t(lang, flag.messageKey, renderBidParams(oabFlagParams(flag), lang));
}
