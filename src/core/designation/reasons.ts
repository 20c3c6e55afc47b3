import type { MessageParams } from "../../i18n/types";

/**
 * Why a line was read as it was: an i18n key of src/i18n/messages/tender.ts (`tender.reason.<code>`) and its
 * params. A face renders it in the reader's language; tests compare the code.
 */
export interface Reason {
  readonly code: ReasonCode;
  readonly key: string;
  readonly params: MessageParams;
  /** Products the message names (ids), rendered as the reader's labels in its `{products}` placeholder. */
  readonly products?: readonly string[];
}

export type ReasonCode =
  // mapped
  | "mapped"
  | "mappedWithConditions"
  | "corrected"
  // uncertain: the product
  | "maybe"
  | "vague"
  | "ambiguous"
  | "detailOnly"
  | "piecesMissing"
  | "piecesAmbiguous"
  | "extraVague"
  | "extraMaybe"
  | "extraNotPerPerson"
  | "drinkInDetails"
  | "outsideInDetails"
  // uncertain: the unit
  | "unitUnknown"
  | "unitMismatch"
  | "unitMissing"
  | "unitUnclear"
  // uncertain: conditions
  | "deliveryUnclear"
  | "deliveryConflict"
  | "zoneMissing"
  | "zoneAmbiguous"
  | "pickupUnclear"
  | "staffUnclear"
  | "staffConflict"
  | "eventCostsStandalone"
  | "guestsMissing"
  | "guestsAmbiguous"
  | "basisUnknown"
  | "sectionUnknown"
  | "invalid"
  // unmapped
  | "outside"
  | "unknown"
  | "empty"
  | "setAside";

export function reason(code: ReasonCode, params: MessageParams = {}, products?: readonly string[]): Reason {
  return { code, key: `tender.reason.${code}`, params, ...(products ? { products } : {}) };
}
