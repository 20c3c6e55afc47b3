import type { Lang } from "./types";

// The texts `t` reads, one language at a time. Who starts a face registers them: the command line, the ribbon's
// commands, the Excel functions, the offline page and the tests register both languages at once (`./eager`); the task
// pane carries the few texts of its first screen in both languages (`registerEarlyTexts`) and fetches the whole
// catalog of the language it speaks at once (`./load`), so it never carries the other one for nothing.

/** One language's texts, by message key. */
export type LanguageMessages = Readonly<Record<string, string>>;

const REGISTERED: Partial<Record<Lang, LanguageMessages>> = {};
const EARLY: Partial<Record<Lang, LanguageMessages>> = {};

/** Registers `lang`'s whole catalog. */
export function registerCatalog(lang: Lang, messages: LanguageMessages): void {
  REGISTERED[lang] = messages;
}

/**
 * Registers a few texts of `lang`, taken from its catalog, to speak before the whole catalog is in (the task pane's
 * first screen); once the catalog is registered, `t` reads it alone.
 */
export function registerEarlyTexts(lang: Lang, messages: LanguageMessages): void {
  EARLY[lang] = messages;
}

/** The texts of `lang`: its catalog, else its early texts, else undefined. */
export function registeredMessages(lang: Lang): LanguageMessages | undefined {
  return REGISTERED[lang] ?? EARLY[lang];
}

/** True when `lang`'s whole catalog is registered (early texts do not count). */
export function isRegistered(lang: Lang): boolean {
  return REGISTERED[lang] !== undefined;
}

/** Every registered language's whole catalog (both languages have the same keys: test/unit/i18n.test.ts). */
export function registeredCatalogs(): LanguageMessages[] {
  return Object.values(REGISTERED);
}
