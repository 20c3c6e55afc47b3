import type { Lang } from "./types";

// The texts `t` reads, one language at a time. Who starts a face registers them: the command line, the ribbon's
// commands, the Excel functions, the offline page and the tests register both languages at once (`./eager`); the task
// pane loads the language it speaks before its first screen (`./load`), so it never carries the other one for nothing.

/** One language's texts, by message key. */
export type LanguageMessages = Readonly<Record<string, string>>;

const REGISTERED: Partial<Record<Lang, LanguageMessages>> = {};

export function registerCatalog(lang: Lang, messages: LanguageMessages): void {
  REGISTERED[lang] = messages;
}

/** The texts of `lang`, or undefined while that language is not registered. */
export function registeredMessages(lang: Lang): LanguageMessages | undefined {
  return REGISTERED[lang];
}

export function isRegistered(lang: Lang): boolean {
  return REGISTERED[lang] !== undefined;
}

/** Every registered language's texts (both languages have the same keys: test/unit/i18n.test.ts). */
export function registeredCatalogs(): LanguageMessages[] {
  return Object.values(REGISTERED);
}
