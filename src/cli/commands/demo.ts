import * as path from "node:path";
import { promises as fs } from "node:fs";
import type { CliCommand } from "../command";
import { EXIT } from "../context";
import { DEMO_STEPS } from "../demo/index";

export const demo: CliCommand = {
  name: "demo",
  register(program, ctx, setExit) {
    program
      .command("demo")
      .description(ctx.t("cli.demo.description"))
      .option("--out <folder>", ctx.t("cli.demo.option.out"), "demo-output")
      .action(async (options: { out: string }) => {
        const outDir = path.resolve(options.out);
        await fs.mkdir(outDir, { recursive: true });
        ctx.out(ctx.t("cli.demo.start", { folder: outDir }));
        ctx.out("");
        program.outputHelp();
        const written: string[] = [];
        for (const step of DEMO_STEPS) {
          ctx.out("");
          ctx.out(`== ${ctx.t(step.titleKey)} ==`);
          written.push(...(await step.run(ctx, outDir)));
        }
        ctx.out("");
        ctx.out(ctx.t("cli.demo.done", { count: written.length, folder: outDir }));
        for (const file of written) ctx.out(`  ${path.join(options.out, file)}`);
        for (const step of DEMO_STEPS) step.afterSummary?.(ctx, written, options.out);
        setExit(EXIT.ok);
      });
  },
};
