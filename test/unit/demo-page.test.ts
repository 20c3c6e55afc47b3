import { promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { t } from "../../src/i18n";
import { PAGE_DEMO_FILE } from "../../src/cli/demo/page";
import { requirePage } from "../helpers/offline-page";
import { grille } from "../integration/template-helpers";

// `npm run demo` builds the offline page, then `grille demo` copies it beside the other results and its summary says
// to open it.

test("the demo copies the built page as is and says to open it", async () => {
  const built = requirePage();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-demo-page-"));
  try {
    const result = await grille(["demo", "--out", dir]);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(dir, PAGE_DEMO_FILE))).toEqual(readFileSync(built));
    const lines = result.out.trimEnd().split("\n");
    expect(lines[lines.length - 1]).toBe(
      t("fr", "cli.demo.page.open", { file: path.join(dir, PAGE_DEMO_FILE) }),
    );
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
