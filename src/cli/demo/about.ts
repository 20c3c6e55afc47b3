import * as path from "node:path";
import type { DemoStep } from "../demo-steps";
import { writeFileAtomic } from "../io";

/** Says what the product is, and writes a short README of the demo folder, so the folder explains itself. */
export const about: DemoStep = {
  titleKey: "cli.demo.about.title",
  async run(ctx, outDir) {
    const text = [
      ctx.t("product.name"),
      "",
      ctx.t("product.tagline"),
      "",
      ctx.t("cli.demo.about.body"),
      "",
    ].join("\n");
    await writeFileAtomic(path.join(outDir, "LISEZMOI.txt"), text, { overwrite: true });
    ctx.out(ctx.t("product.tagline"));
    ctx.out(ctx.t("cli.demo.about.file", { file: "LISEZMOI.txt" }));
    return ["LISEZMOI.txt"];
  },
};
