import { isRegistered, registerCatalog, type LanguageMessages } from "./registry";
import { LANGS, type Lang } from "./types";

// The task pane's languages, each a chunk of its own loaded when first spoken (webpack splits at `import()`). Until
// its chunk is in, a language has only the early texts the pane's entry registered (./registry).

const CHUNKS: Readonly<Record<Lang, () => Promise<{ readonly messages: LanguageMessages }>>> = {
  fr: () => import(/* webpackChunkName: "messages-fr" */ "./languages/fr"),
  en: () => import(/* webpackChunkName: "messages-en" */ "./languages/en"),
};

/** Registers `lang`'s texts, loading them first if need be; rejects when the chunk cannot be fetched. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (isRegistered(lang)) return;
  const { messages } = await CHUNKS[lang]();
  registerCatalog(lang, messages);
}

/**
 * Registers every language: for code that reads what users wrote in either (a schedule's headers, the words of a
 * designation), which computes its tables from both languages' texts when its module is first run.
 */
export async function loadAllLanguages(): Promise<void> {
  await Promise.all(LANGS.map(loadLanguage));
}
