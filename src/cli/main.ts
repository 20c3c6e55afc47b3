import { Command, CommanderError } from "commander";
import { langFromLocale, isLang, translator, type Lang } from "../i18n";
import { COMMANDS } from "./commands";
import { EXIT, type CliContext, type ExitCode } from "./context";
import { CliError } from "./errors";

export interface CliStreams {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const processStreams: CliStreams = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  env: process.env,
};

/** --lang wins, then the locale of the environment (LC_ALL, LC_MESSAGES, LANG), French by default. */
export function chooseLang(args: readonly string[], env: CliStreams["env"]): Lang {
  const index = args.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  if (index >= 0) {
    const value = args[index].includes("=") ? args[index].split("=")[1] : args[index + 1];
    if (isLang(value)) return value;
  }
  return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** Builds the program with help texts in the reader's language. */
export function buildProgram(ctx: CliContext, setExit: (code: ExitCode) => void): Command {
  const program = new Command("grille")
    .description(ctx.t("cli.description"))
    .option("--lang <lang>", ctx.t("cli.option.lang"))
    .option("--debug", ctx.t("cli.option.debug"))
    .helpOption("-h, --help", ctx.t("cli.option.help"))
    .helpCommand(false)
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: ctx.out, writeErr: ctx.err });
  for (const command of COMMANDS) command.register(program, ctx, setExit);
  return program;
}

/** Runs the CLI; returns the exit code (0 ok, 1 findings, 2 unusable input) instead of exiting. */
export async function run(argv: readonly string[], streams: CliStreams = processStreams): Promise<ExitCode> {
  const args = argv.slice(2);
  const lang = chooseLang(args, streams.env);
  const ctx: CliContext = { lang, t: translator(lang), debug: args.includes("--debug"), ...streams };
  let exitCode: ExitCode = EXIT.ok;
  const program = buildProgram(ctx, (code) => {
    exitCode = code;
  });
  const langIndex = args.findIndex((arg) => arg === "--lang");
  if (langIndex >= 0 && !isLang(args[langIndex + 1])) {
    ctx.err(ctx.t("cli.error.lang", { value: args[langIndex + 1] ?? "" }));
    return EXIT.unusable;
  }
  try {
    if (args.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync(argv as string[]);
    return exitCode;
  } catch (error) {
    return report(error, ctx);
  }
}

function report(error: unknown, ctx: CliContext): ExitCode {
  if (error instanceof CommanderError) {
    // Help and version are "errors" for commander; they are successes for the user.
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return EXIT.ok;
    return EXIT.unusable;
  }
  if (error instanceof CliError) {
    ctx.err(ctx.t(error.messageKey, error.params));
    if (ctx.debug) ctx.err(error.stack ?? "");
    return error.exitCode;
  }
  ctx.err(ctx.t("error.unexpected", { detail: error instanceof Error ? error.message : String(error) }));
  if (ctx.debug && error instanceof Error) ctx.err(error.stack ?? "");
  return EXIT.unusable;
}

export function main(argv: readonly string[]): void {
  run(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = EXIT.unusable;
    },
  );
}
