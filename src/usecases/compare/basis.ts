// The comparison's basis in words: « HT » / « TTC » in French, "before VAT" / "including VAT" in English, put into
// every label and note that says what the totals and unit prices are.

import type { Basis } from "../../core/variant/model";
import { t, type Lang } from "../../i18n";

export function basisWord(basis: Basis, lang: Lang): string {
  return t(lang, `compare.basis.${basis}`);
}
