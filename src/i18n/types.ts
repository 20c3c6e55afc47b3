/** The two languages of the product; French first. */
export type Lang = "fr" | "en";

export const LANGS: readonly Lang[] = ["fr", "en"];

/** Values substituted into `{name}` placeholders of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** One domain's messages, keyed by message key, in both languages. */
export interface MessageModule<K extends string = string> {
  readonly fr: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

/**
 * Declares a domain's messages: the French keys are the module's keys, and the English side must have exactly the
 * same ones (a missing or extra English text fails `npm run typecheck`, naming the key).
 */
export function defineMessages<K extends string>(messages: {
  readonly fr: Readonly<Record<K, string>>;
  readonly en: NoInfer<Readonly<Record<K, string>>>;
}): MessageModule<K> {
  return messages;
}
