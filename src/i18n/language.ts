import type { MessageKey } from "./catalog";
import { LANGS, type Lang, type MessageModule } from "./types";

/** One language's texts from every domain's module, merged (keys are unique across modules). */
export function languageOf(
  modules: Readonly<Record<string, MessageModule>>,
  lang: Lang,
): Readonly<Record<MessageKey, string>> {
  const out: Record<string, string> = {};
  for (const module of Object.values(modules)) Object.assign(out, module[lang]);
  return out as Record<MessageKey, string>;
}

/** The texts of `keys` alone, in every language: what a face speaks before it has a language's whole catalog. */
export function textsOf(
  modules: Readonly<Record<string, MessageModule>>,
  keys: readonly MessageKey[],
): Readonly<Record<Lang, Readonly<Partial<Record<MessageKey, string>>>>> {
  const texts = (lang: Lang) => {
    const all = languageOf(modules, lang);
    return Object.fromEntries(keys.map((key) => [key, all[key]]));
  };
  return Object.fromEntries(LANGS.map((lang) => [lang, texts(lang)])) as Record<
    Lang,
    Record<MessageKey, string>
  >;
}
