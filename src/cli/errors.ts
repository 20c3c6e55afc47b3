import type { MessageKey, MessageParams } from "../i18n";
import { EXIT, type ExitCode } from "./context";

/**
 * An input the command cannot use (missing file, invalid JSON, bad option): printed as one line in the
 * reader's language, never with a stack trace unless --debug.
 */
export class CliError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly params: MessageParams = {},
    readonly exitCode: ExitCode = EXIT.unusable,
  ) {
    super(messageKey);
    this.name = "CliError";
  }
}
