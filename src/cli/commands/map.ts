import { hasErrors } from "../../core/findings";
import type { WorkbookSnapshot } from "../../core/workbook/snapshot";
import { mapTender } from "../../usecases/map-tender";
import { mappingJson } from "../../usecases/map-tender-json";
import { WorkbookReadError } from "../../xlsx/errors";
import { readWorkbook } from "../../xlsx/read";
import type { CliCommand } from "../command";
import { EXIT } from "../context";
import { CliError } from "../errors";
import { findingLine } from "../grid-source";
import { readFileOrFail } from "../io";
import { mappingText } from "../tender-text";

interface MapOptions {
  readonly sheet?: string;
  readonly json?: boolean;
}

/** The buyer's workbook as a snapshot; a file that is not a readable workbook is one line and exit 2. */
async function readTender(file: string): Promise<WorkbookSnapshot> {
  const bytes = new Uint8Array(await readFileOrFail(file));
  try {
    return await readWorkbook(bytes, file);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new CliError(error.messageKey, error.params);
    throw error;
  }
}

/**
 * `grille map TENDER.xlsx [--sheet NAME] [--json]`: exit 0 when every line is read as a variant, 1 when a line is
 * to confirm or outside the standard, 2 when the file is unreadable or has no price table.
 */
export const map: CliCommand = {
  name: "map",
  register(program, ctx, setExit) {
    program
      .command("map")
      .description(ctx.t("tender.cli.map.description"))
      .argument(`<${ctx.t("tender.cli.argument")}>`)
      .option("--sheet <name>", ctx.t("tender.cli.option.sheet"))
      .option("--json", ctx.t("tender.cli.option.json"))
      .action(async (file: string, options: MapOptions) => {
        const book = await readTender(file);
        const { mapping, findings } = mapTender({ book, ...(options.sheet ? { sheet: options.sheet } : {}) });
        if (!mapping) {
          // No table to read: one line per finding (the file and what to do), like any unusable input.
          for (const finding of findings) ctx.err(ctx.t(finding.messageKey, finding.params ?? {}));
          setExit(EXIT.unusable);
          return;
        }
        // With --json, stdout carries the mapping only; findings go to stderr so a pipe gets clean JSON.
        const say = options.json ? ctx.err : ctx.out;
        if (options.json) ctx.out(JSON.stringify(mappingJson(mapping, ctx.lang), null, 2));
        else ctx.out(mappingText(mapping, ctx).join("\n"));
        for (const finding of findings) say(findingLine(finding, ctx, file));
        const open = mapping.lines.some((line) => line.status !== "mapped");
        setExit(open || hasErrors(findings) ? EXIT.findings : EXIT.ok);
      });
  },
};
