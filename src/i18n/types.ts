/** The two languages of the product; French first. */
export type Lang = "fr" | "en";

export const LANGS: readonly Lang[] = ["fr", "en"];

/** Values substituted into `{name}` placeholders of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** One domain's messages, keyed by message key, in both languages. */
export interface MessageModule {
  readonly fr: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}
