import { MODULES, type MessageKey } from "./catalog";
import type { Lang, MessageParams } from "./types";

export type { Lang, MessageParams, MessageModule } from "./types";
export type { MessageKey, KeySuffix } from "./catalog";
export { LANGS, defineMessages } from "./types";

function merge(lang: Lang): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const module of Object.values(MODULES)) Object.assign(out, module[lang]);
  return out;
}

const CATALOG: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  fr: merge("fr"),
  en: merge("en"),
};

/** True when `key` is a key of the catalog: for keys that come from data (a finding read back from JSON). */
export function isMessageKey(key: string): key is MessageKey {
  return key in CATALOG.fr;
}

/**
 * The message for `key` in `lang`, with `{name}` placeholders replaced. Keys are typed (`MessageKey`), so an unknown
 * key fails typecheck; one that slips through at run time is returned bracketed, where a test will see it.
 */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = CATALOG[lang][key];
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
