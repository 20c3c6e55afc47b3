// Both languages' texts, registered before any other module of this entry runs (src/i18n/registry.ts).
import "../i18n/eager";
import { Command, CommanderError } from "commander";
import { langFromLocale, isLang, translator, type Lang, type MessageKey } from "../i18n";
import { commandsFor } from "./commands";
import { EXIT, type CliContext, type ExitCode } from "./context";
import { CliError } from "./errors";
import { removeTemporaryFilesOnInterrupt } from "./io";

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

/** Builds the program with help texts in the reader's language, with the commands `args` need (commandsFor). */
export async function buildProgram(
  ctx: CliContext,
  setExit: (code: ExitCode) => void,
  args: readonly string[],
): Promise<Command> {
  const program = new Command("grille")
    .description(ctx.t("cli.description"))
    // Commander writes "[options] [command]": the command in the reader's language.
    .usage(ctx.t("cli.help.usageLine"))
    .option("--lang <lang>", ctx.t("cli.option.lang"))
    .option("--debug", ctx.t("cli.option.debug"))
    .helpOption("-h, --help", ctx.t("cli.option.help"))
    .helpCommand(false)
    .showHelpAfterError(false)
    .exitOverride()
    // Commander's own words (help titles, usage errors) are English: titles are translated here, usage errors
    // are printed by report() from the catalog, so commander's text is not shown.
    .configureHelp({
      styleTitle: (title: string) => (title in HELP_TITLES ? ctx.t(HELP_TITLES[title]) : title),
      // Commander appends "(default: …)" in English: the default is said in the reader's language instead.
      optionDescription: (option) =>
        option.defaultValue === undefined
          ? option.description
          : `${option.description} (${ctx.t("cli.help.default", { value: String(option.defaultValue) })})`,
    })
    .configureOutput({ writeOut: ctx.out, writeErr: ctx.err, outputError: () => undefined });
  const commands = await Promise.all(commandsFor(args).map((entry) => entry.load()));
  for (const command of commands) command.register(program, ctx, setExit);
  return program;
}

/** Runs the CLI; returns the exit code (0 ok, 1 findings, 2 unusable input) instead of exiting. */
export async function run(argv: readonly string[], streams: CliStreams = processStreams): Promise<ExitCode> {
  const args = argv.slice(2);
  const lang = chooseLang(args, streams.env);
  const ctx: CliContext = { lang, t: translator(lang), debug: args.includes("--debug"), ...streams };
  let exitCode: ExitCode = EXIT.ok;
  const program = await buildProgram(
    ctx,
    (code) => {
      exitCode = code;
    },
    args,
  );
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

const HELP_TITLES: Readonly<Record<string, MessageKey>> = {
  "Usage:": "cli.help.usage",
  "Options:": "cli.help.options",
  "Commands:": "cli.help.commands",
  "Arguments:": "cli.help.arguments",
  "Global Options:": "cli.help.globalOptions",
};

/** Commander's usage errors, by code, to catalog keys; `{name}` is the option, command or argument concerned. */
const USAGE_ERRORS: Readonly<Record<string, MessageKey>> = {
  "commander.unknownCommand": "cli.usage.unknownCommand",
  "commander.unknownOption": "cli.usage.unknownOption",
  "commander.missingArgument": "cli.usage.missingArgument",
  "commander.optionMissingArgument": "cli.usage.optionMissingArgument",
  "commander.missingMandatoryOptionValue": "cli.usage.missingMandatoryOption",
  "commander.excessArguments": "cli.usage.excessArguments",
  "commander.invalidArgument": "cli.usage.invalidArgument",
  "commander.conflictingOption": "cli.usage.conflictingOption",
};

function reportUsage(error: CommanderError, ctx: CliContext): ExitCode {
  // Help and version are "errors" for commander; they are successes for the user.
  if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return EXIT.ok;
  const name = /'([^']+)'/.exec(error.message)?.[1] ?? "";
  const key = USAGE_ERRORS[error.code] ?? "cli.usage.other";
  ctx.err(ctx.t(key, { name, detail: error.message.replace(/^error: /, "") }));
  return EXIT.unusable;
}

function report(error: unknown, ctx: CliContext): ExitCode {
  if (error instanceof CommanderError) return reportUsage(error, ctx);
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
  removeTemporaryFilesOnInterrupt();
  // `grille … | head` closes the pipe early: that is the reader's choice, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
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
