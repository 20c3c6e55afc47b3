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

/**
 * The message for `key` in `lang`, with `{name}` placeholders replaced. Keys are typed (`MessageKey`), so an unknown
 * key fails typecheck; one that slips through at run time, or a language nobody registered, comes back bracketed,
 * where a test will see it.
 */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = registeredMessages(lang)?.[key];
  if (template === undefined) return `[${key}]`;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
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
