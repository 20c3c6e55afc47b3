import { promises as fs } from "node:fs";
import * as path from "node:path";
import { checkBid } from "../../usecases/check-bid";
import { findingMessage } from "../../core/finding-message";
import { findingCell } from "../../core/findings";
import { makeSchedule } from "../../usecases/make-schedule";
import { mapTender } from "../../usecases/map-tender";
import { readWorkbook } from "../../xlsx/read";
import { writeWorkbook } from "../../xlsx/write";
import type { CliContext } from "../context";
import type { DemoStep } from "../demo-steps";
import { writeFileAtomic } from "../io";
import { FIXTURES_DIR } from "./samples";

/** The DQE example of the standard (section 6): E1 × 200, E6 × 150, E10 × 20, E12 × 10. */
const DQE_EXAMPLE = [
  {
    ref: "1",
    quantity: 200,
    variant: { product: "cocktail", pieces: 6, guests: 50, delivery: { included: true, zone: "paris" } },
  },
  {
    ref: "2",
    quantity: 150,
    variant: {
      product: "plateau.classique",
      guests: 12,
      unit: "plateau",
      delivery: { included: true, zone: "paris" },
    },
  },
  { ref: "3", quantity: 20, variant: { product: "personnel.maitre_hotel" } },
  { ref: "4", quantity: 10, variant: { product: "livraison.paris" } },
];

async function schedule(ctx: CliContext, outDir: string): Promise<string[]> {
  const lines = "bordereau-lignes.json";
  const book = "bordereau.xlsx";
  const made = makeSchedule({
    lines: DQE_EXAMPLE,
    lang: ctx.lang,
    title: ctx.t("cli.demo.buyer.consultation"),
  });
  if (!made.plan) throw new Error("the demo's lines are refused");
  const data = await writeWorkbook(made.plan);
  await writeFileAtomic(path.join(outDir, lines), `${JSON.stringify(DQE_EXAMPLE, null, 2)}\n`, {
    overwrite: true,
  });
  await writeFileAtomic(path.join(outDir, book), data, { overwrite: true });
  const mapped = mapTender({ book: await readWorkbook(data, book) }).mapping?.lines ?? [];
  const count = mapped.filter((line) => line.status === "mapped").length;
  ctx.out(ctx.t("cli.demo.buyer.schedule", { file: book, lines: lines, mapped: count, rows: made.rows }));
  return [lines, book];
}

/** bid-c checked against t-departement, as `grille check` prints it, when the public fixtures are there. */
async function check(ctx: CliContext, outDir: string): Promise<string[]> {
  const read = async (relative: string) =>
    readWorkbook(
      new Uint8Array(await fs.readFile(path.join(FIXTURES_DIR, relative))),
      path.basename(relative),
    );
  let result;
  try {
    result = checkBid({
      original: await read("tenders/t-departement.xlsx"),
      bid: await read("bids/bid-c.xlsx"),
    });
  } catch {
    ctx.out(ctx.t("cli.demo.buyer.noSamples", { folder: FIXTURES_DIR }));
    return [];
  }
  const file = "verification-offre.txt";
  const text = result.findings.map(
    (finding) => `${findingCell(finding) ?? ""}: ${findingMessage(finding, ctx.lang)}`,
  );
  await writeFileAtomic(path.join(outDir, file), `${text.join("\n")}\n`, { overwrite: true });
  ctx.out(ctx.t("cli.demo.buyer.check", { file, count: result.findings.length }));
  return [file];
}

/** The buyer's side: a standard schedule from a lines file, read back at 100 %, and a public bid checked. */
export const buyerStep: DemoStep = {
  titleKey: "cli.demo.buyer.title",
  async run(ctx, outDir) {
    return [...(await schedule(ctx, outDir)), ...(await check(ctx, outDir))];
  },
};
