import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { t, type Lang, type MessageKey } from "../../src/i18n";
import { RIBBON_FUNCTIONS } from "../../src/commands/functions";
import { REQUIRED_EXCEL_API } from "../../src/taskpane/host";
import { routeFromSearch } from "../../src/taskpane/router";
import { requireTool } from "../helpers/tools";

// manifest.xml: valid against Microsoft's XSD (offline), and saying what the product needs: a real GUID, the
// Workbook host, the declared Excel API set, fr-FR and en-US texts equal to the catalog's, icons of the right sizes.

const REPO_ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = path.join(REPO_ROOT, "manifest.xml");
const XSD = path.resolve(REPO_ROOT, "../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd");
const ORIGIN = "https://localhost:3000/";

type XmlNode = { readonly [key: string]: unknown };

const xml = readFileSync(MANIFEST, "utf8");
const manifest = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
}).parse(xml).OfficeApp as XmlNode;

/** Every element named `name` anywhere under `node` (a parsed element is an object, repeated ones an array). */
function findAll(node: unknown, name: string): XmlNode[] {
  if (Array.isArray(node)) return node.flatMap((item) => findAll(item, name));
  if (node === null || typeof node !== "object") return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const here =
      key === name ? [value].flat().filter((v): v is XmlNode => typeof v === "object" && v !== null) : [];
    return [...here, ...findAll(value, name)];
  });
}

/** The only element named `name` anywhere in the manifest. */
function one(name: string): XmlNode {
  const found = findAll(manifest, name);
  expect(found).toHaveLength(1);
  return found[0];
}

/** A direct child of <OfficeApp>. */
function child(name: string): XmlNode {
  return manifest[name] as XmlNode;
}

function text(name: string): string {
  return String(manifest[name]);
}

/** A localized setting's text in `lang`: DefaultValue is fr-FR, the en-US Override is English. */
function localized(element: XmlNode, lang: Lang): string {
  if (lang === "fr") return String(element["@DefaultValue"]);
  const override = findAll(element, "Override").find((o) => o["@Locale"] === "en-US");
  return String(override?.["@Value"]);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function validate(file: string): string {
  const xmllint = requireTool("xmllint");
  return execFileSync(xmllint, ["--noout", "--schema", XSD, file], { encoding: "utf8", stdio: "pipe" });
}

describe("manifest.xml against Microsoft's XSD (offline, as npm run validate)", () => {
  test("validates", () => {
    expect(existsSync(XSD)).toBe(true);
    expect(() => validate(MANIFEST)).not.toThrow();
  });

  test("the check can fail: a manifest without <Permissions> is rejected", () => {
    const broken = path.join(mkdtempSync(path.join(tmpdir(), "manifest-")), "manifest.xml");
    writeFileSync(broken, xml.replace(/\s*<Permissions>\w+<\/Permissions>/, ""));
    expect(() => validate(broken)).toThrow(/Permissions/);
  });
});

describe("manifest.xml says what the add-in is", () => {
  test("a real, random GUID (UUID v4), not a template's", () => {
    const id = text("Id");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toBe("05c2e1c9-3e1d-406e-9a91-e9ac64854143"); // Office-Addin-TaskPane's
  });

  test("its version is package.json's", () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string };
    expect(text("Version")).toBe(`${pkg.version}.0`);
  });

  test("an Excel task pane that may read and write the workbook, needing the ExcelApi set the pane checks", () => {
    expect(manifest["@type"]).toBe("TaskPaneApp");
    expect(child("Hosts")).toEqual({ Host: { "@Name": "Workbook" } });
    expect(text("Permissions")).toBe("ReadWriteDocument");
    expect(findAll(manifest, "Set")).toEqual([{ "@Name": "ExcelApi", "@MinVersion": REQUIRED_EXCEL_API }]);
    expect(child("DefaultSettings")).toEqual({
      SourceLocation: { "@DefaultValue": `${ORIGIN}taskpane.html` },
    });
    expect(findAll(manifest, "Runtimes")).toEqual([]);
  });

  test.each(["fr", "en"] as const)("name and description in %s are the catalog's", (lang) => {
    expect(text("DefaultLocale")).toBe("fr-FR");
    expect(localized(child("DisplayName"), lang)).toBe(t(lang, "product.name"));
    expect(localized(child("Description"), lang)).toBe(t(lang, "product.tagline"));
  });

  test.each(["fr", "en"] as const)("ribbon texts in %s are the catalog's", (lang) => {
    const strings = new Map(findAll(manifest, "String").map((s) => [String(s["@id"]), s]));
    const expected: Record<string, MessageKey> = {
      "GCT.Group.Label": "taskpane.manifest.group",
      "GCT.OpenButton.Label": "taskpane.manifest.button",
      "GCT.OpenButton.Tooltip": "taskpane.manifest.tooltip",
      "GCT.GetStarted.Title": "taskpane.manifest.getStarted.title",
      "GCT.GetStarted.Description": "taskpane.manifest.getStarted.description",
      "GCT.TraiteurButton.Label": "pane.manifest.traiteur.label",
      "GCT.TraiteurButton.Tooltip": "pane.manifest.traiteur.tooltip",
      "GCT.AnimateurButton.Label": "pane.manifest.animateur.label",
      "GCT.AnimateurButton.Tooltip": "pane.manifest.animateur.tooltip",
      "GCT.Functions.Namespace": "functions.namespace",
    };
    expect([...strings.keys()].sort()).toEqual(Object.keys(expected).sort());
    for (const [id, key] of Object.entries(expected))
      expect(localized(strings.get(id)!, lang)).toBe(t(lang, key));
  });

  test("a Home-tab button opens the task pane; every ribbon function exists in the commands page", () => {
    const tab = one("OfficeTab");
    expect(tab["@id"]).toBe("TabHome");
    const actions = findAll(tab, "Action");
    expect(actions.map((a) => a["@type"])).toContain("ShowTaskpane");
    const functions = findAll(tab, "FunctionName").map(String);
    for (const name of functions) expect(RIBBON_FUNCTIONS).toHaveProperty([name]);
  });

  test("the caterer's and the facilitator's buttons open the pane on their role's screen, each in its own pane", () => {
    const controls = findAll(one("OfficeTab"), "Control");
    const urls = new Map(
      findAll(manifest, "Url").map((url) => [String(url["@id"]), String(url["@DefaultValue"])]),
    );
    const shown = controls.map((control) => {
      const action = findAll(control, "Action")[0];
      const source = String((action.SourceLocation as XmlNode)["@resid"]);
      return { id: String(control["@id"]), pane: String(action.TaskpaneId), source, url: urls.get(source) };
    });
    expect(shown.map(({ id, url }) => [id, url])).toEqual([
      ["GCT.OpenButton", `${ORIGIN}taskpane.html`],
      ["GCT.TraiteurButton", `${ORIGIN}taskpane.html?role=traiteur`],
      ["GCT.AnimateurButton", `${ORIGIN}taskpane.html?role=animateur`],
    ]);
    expect(new Set(shown.map((control) => control.source)).size).toBe(3);
    expect(new Set(shown.map((control) => control.pane)).size).toBe(3);
    for (const { url } of shown.slice(1)) {
      const route = routeFromSearch(new URL(url!).search);
      expect(route.name).toBe("role");
    }
  });

  test("every URL is on the dev server and every icon it names exists at its pixel size", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(ORIGIN)).toBe(true);

    const icons = urls.filter((url) => url.endsWith(".png"));
    expect(new Set(icons.map((url) => url.slice(ORIGIN.length)))).toEqual(
      new Set(["assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"]),
    );
    for (const url of icons) {
      const size = Number(/icon-(\d+)\.png$/.exec(url)![1]);
      expect(pngSize(path.join(REPO_ROOT, url.slice(ORIGIN.length)))).toEqual({ width: size, height: size });
    }
    // Ribbon images declare their size: it must be the file's.
    for (const image of findAll(manifest, "Image").filter((i) => i["@id"])) {
      const size = Number(findAll(manifest, "Image").find((i) => i["@resid"] === image["@id"])?.["@size"]);
      expect(String(image["@DefaultValue"])).toMatch(new RegExp(`icon-${size}\\.png$`));
    }
  });

  test("the Excel functions: script, page, metadata per language and the GRILLE namespace, on every Excel", () => {
    const point = findAll(one("AllFormFactors"), "ExtensionPoint");
    expect(point.map((p) => p["@type"])).toEqual(["CustomFunctions"]);
    const urls = new Map(findAll(manifest, "Url").map((url) => [String(url["@id"]), url]));
    const source = (name: string) =>
      String(((point[0][name] as XmlNode).SourceLocation as XmlNode)["@resid"]);
    expect(
      ["Script", "Page", "Metadata"].map((name) => String(urls.get(source(name))?.["@DefaultValue"])),
    ).toEqual([`${ORIGIN}functions.js`, `${ORIGIN}functions.html`, `${ORIGIN}functions.json`]);
    expect(localized(urls.get(source("Metadata"))!, "en")).toBe(`${ORIGIN}functions-en.json`);
    expect((point[0].Namespace as XmlNode)["@resid"]).toBe("GCT.Functions.Namespace");
    expect(t("fr", "functions.namespace")).toBe("GRILLE");
  });

  test("the store-size icon (128 px) exists too", () => {
    expect(pngSize(path.join(REPO_ROOT, "assets", "icon-128.png"))).toEqual({ width: 128, height: 128 });
  });
});
