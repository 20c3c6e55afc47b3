import { t } from "../../src/i18n";
import { fillTender } from "../../src/usecases/fill-tender";
import { mapTender, type TenderMapping } from "../../src/usecases/map-tender";
import { mappingJson } from "../../src/usecases/map-tender-json";
import { holdLines, readMappingFile } from "../../src/usecases/mapping-file";
import { readTender, sampleGrid, tenderBytes } from "../helpers/fill-fixtures";

// A reading corrected by the caterer (the JSON of grille map --json, a line's status or variant changed) is checked
// against the workbook's own reading before anything is filled from it.

const FILE = "lecture.json";

async function mairie() {
  const { book, mapping } = await readTender(tenderBytes("t-mairie"), "t-mairie.xlsx");
  /** The JSON a caterer edits: exactly grille map --json, parsed. */
  const json = () => JSON.parse(JSON.stringify(mappingJson(mapping, "fr"))) as ReturnType<typeof mappingJson>;
  return { book, mapping, json };
}

function messages(findings: readonly { messageKey: Parameters<typeof t>[1]; params?: object }[]) {
  return findings.map((finding) => t("fr", finding.messageKey, finding.params as Record<string, string>));
}

/** The reading with the file's corrections applied, as grille fill does it. */
function corrected(book: Parameters<typeof mapTender>[0]["book"], mapping: TenderMapping, json: unknown) {
  const read = readMappingFile(json, FILE, mapping, "fr");
  expect(read.findings).toEqual([]);
  const again = mapTender({ book, sheet: mapping.sheet, corrections: read.corrections });
  if (!again.mapping) throw new Error("no table");
  return holdLines(again.mapping, read.held);
}

test("the file as grille map printed it changes nothing", async () => {
  const { mapping, json } = await mairie();
  expect(readMappingFile(json(), FILE, mapping, "fr")).toEqual({ corrections: [], held: [], findings: [] });
});

test("an uncertain line confirmed with its variant is filled; a line set aside or held back is not", async () => {
  const { book, mapping, json } = await mairie();
  const edited = json();
  const line = (row: number) => {
    const found = edited.lines.find((one) => one.row === row);
    if (!found) throw new Error(`row ${row}`);
    return found as { status: string; variant: unknown };
  };
  // Row 17, "Cocktail déjeunatoire": the caterer says 12 pieces, on the tender's conditions.
  Object.assign(line(17), {
    status: "mapped",
    variant: {
      product: "cocktail",
      pieces: 12,
      guests: 60,
      unit: "personne",
      delivery: { included: true, zone: "petite_couronne" },
      staff: { included: false },
    },
  });
  Object.assign(line(13), { status: "unmapped" });
  Object.assign(line(14), { status: "uncertain", variant: null });
  const mapping2 = corrected(book, mapping, edited);
  const { report } = fillTender({ book, mapping: mapping2, grid: sampleGrid("reference") });
  const filled = report.filled.map((one) => one.row);
  expect(filled).toContain(17);
  expect(filled).not.toContain(13);
  expect(filled).not.toContain(14);
  // 12 pieces 17.50 + delivery 60.00 over 60 guests (1.00) = 18.50 HT.
  expect(report.filled.find((one) => one.row === 17)?.cells).toEqual([
    { sheet: "BPU", cell: "D17", basis: "HT", amount: 1850, status: "written" },
  ]);
  expect(
    report.left.filter((one) => [13, 14].includes(one.row)).map((one) => [one.row, one.why.kind]),
  ).toEqual([
    [13, "unmapped"],
    [14, "uncertain"],
  ]);
});

test("a bad file: each problem named with its line, and what to do", async () => {
  const { mapping, json } = await mairie();
  const edited = json();
  const lines = edited.lines as unknown as Record<string, unknown>[];
  lines[0].status = "reconnue";
  Object.assign(lines[1], { variant: { product: "cocktail", pieces: 8, soir: true } });
  Object.assign(lines[2], { status: "mapped", variant: null });
  Object.assign(lines[3], { designation: "Plateau-repas classique" });
  lines.push({ row: 99, status: "mapped", variant: { product: "buffet.froid" } });
  lines.push({ ...lines[5] });
  lines.push({ row: "dix", status: "mapped" });
  const read = readMappingFile(edited, FILE, mapping, "fr");
  expect(messages(read.findings)).toEqual([
    "lecture.json, ligne 13 : statut « reconnue » inconnu ; utilisez « mapped » (à remplir avec la variante donnée), « uncertain » (à laisser vide) ou « unmapped » (hors standard).",
    expect.stringMatching(/^lecture\.json, ligne 14 : variante refusée : .*« soir »/),
    "lecture.json, ligne 15 : statut « mapped » sans variante ; donnez la variante demandée (voir grille price --help), ou laissez « uncertain ».",
    "lecture.json, ligne 16 : le fichier dit « Plateau-repas classique », le classeur « Cocktail 8 pièces avec forfait vin (blanc, rouge ou rosé) ». Ce fichier a-t-il été fait pour ce classeur ? Refaites-le avec grille map --json.",
    "lecture.json, ligne 99 : la feuille « BPU » n'a pas de ligne de prix 99. Ce fichier a-t-il été fait pour ce classeur ? Refaites-le avec grille map --json.",
    "lecture.json, ligne 20 : donnée deux fois ; gardez une seule entrée par ligne.",
    'lecture.json, élément n° 19 de « lines » : « row » vaut "dix" ; donnez le numéro de ligne du classeur (un entier à partir de 1).',
  ]);
  expect(read.findings.every((finding) => finding.severity === "error")).toBe(true);
  expect(read.findings[1].location).toEqual({ file: FILE, line: 14 });
});

test("a file that is no reading, or a reading of another sheet", async () => {
  const { mapping } = await mairie();
  expect(messages(readMappingFile([{ row: 1 }], FILE, mapping, "en").findings)).toEqual([
    expect.stringMatching(/^lecture\.json : ce n'est pas une lecture de bordereau/),
  ]);
  expect(messages(readMappingFile({ sheet: "DQE", lines: [] }, FILE, mapping, "fr").findings)).toEqual([
    "lecture.json : cette lecture porte sur la feuille « DQE », mais le tableau de prix lu est sur « BPU ». Passez --sheet « DQE », ou refaites la lecture de ce classeur.",
  ]);
});
