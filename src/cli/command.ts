import type { Command } from "commander";
import type { CliContext, ExitCode } from "./context";

/**
 * One CLI command. `register` declares it on the program (with help in the reader's language) and gives it an
 * action; the action reports its exit code through `setExit` so main() can return it.
 */
export interface CliCommand {
  readonly name: string;
  register(program: Command, ctx: CliContext, setExit: (code: ExitCode) => void): void;
}
