import type { MessageKey } from "./catalog";
import { registeredCatalogs, registeredMessages } from "./registry";
import type { Lang, MessageParams } from "./types";

export type { Lang, MessageParams, MessageModule } from "./types";
export type { MessageKey, KeySuffix } from "./catalog";
export { LANGS, defineMessages } from "./types";
export { registerCatalog, registerEarlyTexts } from "./registry";

// The texts themselves are registered by whoever starts a face (./registry says who registers what): this module
// holds no text, so importing `t` brings neither language along.

/** True when `key` is a key of the catalog: for keys that come from data (a finding read back from JSON). */
export function isMessageKey(key: string): key is MessageKey {
  return registeredCatalogs().some((messages) => key in messages);
}

/** `{name}`, or `{name|one|other}`: the words for one and for more, chosen by the number `name` holds. */
const PLACEHOLDER = /\{(\w+)(?:\|([^{}|]*)\|([^{}|]*))?\}/g;

/**
 * Whether a count takes the singular: in French 0 and 1 do (« 0 erreur », « 1 erreur »), in English only 1. A count
 * may come formatted for the reader (« 1 234 »); what cannot be read as a number takes the plural.
 */
function isSingular(lang: Lang, value: string | number): boolean {
  const count =
    typeof value === "number" ? value : Number(value.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."));
  if (Number.isNaN(count)) return false;
  return lang === "fr" ? Math.abs(count) < 2 : count === 1;
}

/**
 * The message for `key` in `lang`, with `{name}` placeholders replaced, and `{name|one|other}` by the words that
 * agree with the count `name` holds. Keys are typed (`MessageKey`), so an unknown key fails typecheck; one that slips
 * through at run time, or a language nobody registered, comes back bracketed, where a test will see it.
 */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = registeredMessages(lang)?.[key];
  if (template === undefined) return `[${key}]`;
  return template.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    if (!(name in params)) return whole;
    if (one === undefined || other === undefined) return String(params[name]);
    return isSingular(lang, params[name]) ? one : other;
  });
}

/** A translator bound to one language, for faces that render many messages. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}

/** "fr-FR", "fr_FR.UTF-8", "en-GB"… to a product language; anything not English is French (French first). */
export function langFromLocale(locale: string | undefined | null): Lang {
  if (!locale) return "fr";
  return /^en([-_.]|$)/i.test(locale.trim()) ? "en" : "fr";
}

export function isLang(value: unknown): value is Lang {
  return value === "fr" || value === "en";
}
