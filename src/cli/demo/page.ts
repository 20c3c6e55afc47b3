import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { CliContext } from "../context";
import type { DemoStep } from "../demo-steps";
import { writeFileAtomic } from "../io";
import { PACKAGE_ROOT } from "../package-root";

// The offline page, copied beside the demo's files so it can be opened with a double-click: the same tools without
// Excel. `npm run demo` builds it first (`npm run build:web`); an installed command line has no build and says so.

/** The built page in the project's folder (dist/web). */
const BUILT_PAGE = path.join(PACKAGE_ROOT, "dist", "web", "grille-commune-traiteur.html");

export const PAGE_DEMO_FILE = "grille-commune-traiteur.html";

export const pageStep: DemoStep = {
  titleKey: "cli.demo.page.title",
  async run(ctx, outDir) {
    let page: Buffer;
    try {
      page = await fs.readFile(BUILT_PAGE);
    } catch {
      ctx.out(ctx.t("cli.demo.page.missing", { file: BUILT_PAGE }));
      return [];
    }
    await writeFileAtomic(path.join(outDir, PAGE_DEMO_FILE), page, { overwrite: true });
    ctx.out(ctx.t("cli.demo.page.copied", { file: PAGE_DEMO_FILE, size: Math.round(page.length / 1024) }));
    return [PAGE_DEMO_FILE];
  },
  afterSummary(ctx: CliContext, written, outDir) {
    if (written.includes(PAGE_DEMO_FILE))
      ctx.out(ctx.t("cli.demo.page.open", { file: path.join(outDir, PAGE_DEMO_FILE) }));
  },
};
