import type { Lang, Translate } from "../i18n";

/** What every command gets: the reader's language, where to print, and whether to show stack traces. */
export interface CliContext {
  readonly lang: Lang;
  readonly t: Translate;
  readonly debug: boolean;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
