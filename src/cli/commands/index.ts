import type { CliCommand } from "../command";

/**
 * Every command of `grille`, in the order help lists them, each loaded only when it is registered: a run of one
 * command does not load the use cases and doors of the nine others (loading them was a tenth of a `fill`). A new
 * command adds one line here.
 */
export const COMMANDS = [
  { name: "template", load: async () => (await import("./template")).template },
  { name: "read", load: async () => (await import("./read")).read },
  { name: "price", load: async () => (await import("./price")).price },
  { name: "map", load: async () => (await import("./map")).map },
  { name: "fill", load: async () => (await import("./fill")).fill },
  { name: "bordereau", load: async () => (await import("./bordereau")).bordereau },
  { name: "check", load: async () => (await import("./check")).check },
  { name: "compare", load: async () => (await import("./compare")).compare },
  { name: "collect", load: async () => (await import("./collect")).collect },
  // The demo shows a newcomer the program's help: every command must be there to be listed.
  { name: "demo", load: async () => (await import("./demo")).demo, listsEveryCommand: true },
] as const satisfies readonly { name: string; load: () => Promise<CliCommand>; listsEveryCommand?: true }[];

/**
 * The commands a run needs: the one its arguments name, or all of them when they name none (help lists them all,
 * an unknown name is answered with the list) or name the demo (which shows that help).
 */
export function commandsFor(args: readonly string[]): readonly (typeof COMMANDS)[number][] {
  const named = firstOperand(args);
  const command = COMMANDS.find((entry) => entry.name === named);
  return command && !("listsEveryCommand" in command) ? [command] : COMMANDS;
}

/** The first argument that is neither an option nor the value of the program's own `--lang`. */
function firstOperand(args: readonly string[]): string | undefined {
  for (let index = 0; index < args.length; index += 1) {
    if (args[index] === "--lang") index += 1;
    else if (!args[index].startsWith("-")) return args[index];
  }
  return undefined;
}
