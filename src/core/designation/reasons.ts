import type { KeySuffix } from "../../i18n/catalog";
import type { MessageParams } from "../../i18n/types";

/**
 * Why a line was read as it was: an i18n key of src/i18n/messages/tender.ts (`tender.reason.<code>`) and its
 * params. A face renders it in the reader's language; tests compare the code. Mapped: mapped, mappedWithConditions,
 * corrected; unmapped: outside, unknown, empty, tooLong, setAside; every other code is a question (`uncertain`).
 */
export interface Reason {
  readonly code: ReasonCode;
  readonly key: `tender.reason.${ReasonCode}`;
  readonly params: MessageParams;
  /** Products the message names (ids), rendered as the reader's labels in its `{products}` placeholder. */
  readonly products?: readonly string[];
}

/** The reasons a line can be read for: the keys of src/i18n/messages/tender.ts under `tender.reason.`. */
export type ReasonCode = KeySuffix<"tender.reason.">;

export function reason(code: ReasonCode, params: MessageParams = {}, products?: readonly string[]): Reason {
  return { code, key: `tender.reason.${code}`, params, ...(products ? { products } : {}) };
}
