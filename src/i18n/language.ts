import type { MessageKey } from "./catalog";
import type { Lang, MessageModule } from "./types";

/** One language's texts from every domain's module, merged (keys are unique across modules). */
export function languageOf(
  modules: Readonly<Record<string, MessageModule>>,
  lang: Lang,
): Readonly<Record<MessageKey, string>> {
  const out: Record<string, string> = {};
  for (const module of Object.values(modules)) Object.assign(out, module[lang]);
  return out as Record<MessageKey, string>;
}
