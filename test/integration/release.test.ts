import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  OFFICE_JS_CDN,
  REPO_ROOT,
  isolateNetwork,
  launchBrowser,
  openPage,
  requireDist,
  serveDirectory,
  waitForView,
} from "../helpers/browser";
import { openOfflinePage } from "../helpers/offline-page";
import { requireTool } from "../helpers/tools";

// `npm run release -- --url …` end to end, once for the file: the host folder has no trace of the development server,
// every manifest URL names a file it holds, the manifest is valid, the CLI tarball holds only what it needs, installs
// into an empty prefix without the network and runs, and the host folder served on its own loads the pane with no
// request anywhere but itself and Microsoft's office.js, and the offline page with no request but its own file.

const BASE = "https://example.org/grille/";
const XSD = path.join(REPO_ROOT, "..", "shared", "office-manifest-xsd", "OfficeAppManifestV1_1.xsd");

let out: string;
let host: string;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

beforeAll(() => {
  out = mkdtempSync(path.join(os.tmpdir(), "grille-release-"));
  execFileSync(process.execPath, ["scripts/release.js", "--url", BASE, "--out", out], {
    cwd: REPO_ROOT,
    stdio: "pipe",
  });
  host = path.join(out, "hote");
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

test("writes the host folder, the production manifest and the CLI tarball", () => {
  expect(readdirSync(out).sort()).toEqual(["grille-commune-traiteur-0.1.0.tgz", "hote", "manifest.xml"]);
  expect(readFileSync(path.join(out, "manifest.xml"), "utf8")).toBe(
    readFileSync(path.join(host, "manifest.xml"), "utf8"),
  );
  expect(readFileSync(path.join(host, "EN-TETES-HTTP.txt"), "utf8")).toContain("Content-Security-Policy");
});

test("nothing in the host folder mentions localhost, and no source map is published", () => {
  const files = filesUnder(host);
  expect(files.filter((file) => file.endsWith(".map"))).toEqual([]);
  const mentions = files.filter((file) => readFileSync(file).includes("localhost"));
  expect(mentions.map((file) => path.relative(host, file))).toEqual([]);
});

test("every URL of the manifest is on the host and names a file of the host folder; the manifest is valid", () => {
  const manifest = readFileSync(path.join(out, "manifest.xml"), "utf8");
  const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g)].map((match) => match[1]);
  expect(urls.length).toBeGreaterThan(8);
  for (const url of urls) {
    expect(url.startsWith(BASE)).toBe(true);
    const file = new URL(url).pathname.slice(new URL(BASE).pathname.length);
    expect({ url, exists: existsSync(path.join(host, file)) }).toEqual({ url, exists: true });
  }
  // The Excel functions' script, page and both metadata files are among them (a host without them shows #NAME?).
  const files = urls.map((url) => url.slice(BASE.length));
  expect(files).toEqual(
    expect.arrayContaining(["functions.js", "functions.html", "functions.json", "functions-en.json"]),
  );
  expect(manifest).toContain("<Version>0.1.0.0</Version>");
  execFileSync(requireTool("xmllint"), ["--noout", "--schema", XSD, path.join(out, "manifest.xml")], {
    stdio: "pipe",
  });
});

test("the CLI tarball holds the command line only, and runs from an empty prefix without the network", () => {
  const tarball = path.join(out, "grille-commune-traiteur-0.1.0.tgz");
  const entries = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).trim().split("\n");
  const own = entries.filter((entry) => !entry.startsWith("package/node_modules/"));
  const tops = new Set(own.map((entry) => entry.split("/")[1]));
  expect([...tops].sort()).toEqual(["LICENSE", "README.md", "bin", "lib", "package.json"]);
  expect(own.filter((entry) => /\.ts$|\/test\/|\/src\/|fixtures/.test(entry))).toEqual([]);

  const prefix = mkdtempSync(path.join(os.tmpdir(), "grille-prefix-"));
  try {
    execFileSync(
      "npm",
      ["install", "-g", "--prefix", prefix, tarball, "--offline", "--no-audit", "--no-fund"],
      {
        stdio: "pipe",
      },
    );
    const grille = path.join(prefix, "bin", "grille");
    expect(execFileSync(grille, ["--help"], { encoding: "utf8" })).toContain("grille");
    const demo = path.join(prefix, "demo");
    execFileSync(grille, ["demo", "--out", demo], { cwd: prefix, stdio: "pipe" });
    expect(readdirSync(demo)).toEqual(expect.arrayContaining(["modele-vierge.xlsx", "prix-variantes.txt"]));
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}, 120_000);

test("the host folder holds every script of the add-in, the pane's chunks (screens, languages) included", () => {
  // The same sources make the same files (chunks are named by their content): dist/ is the build the tests run.
  const scripts = (dir: string) => readdirSync(dir).filter((file) => file.endsWith(".js"));
  const built = scripts(requireDist());
  expect(built.filter((file) => /^messages-(fr|en)\.[0-9a-f]{8}\.js$/.test(file))).toHaveLength(2);
  expect(scripts(host).sort()).toEqual(built.sort());
});

test("the host folder served on its own loads the task pane with no request elsewhere than office.js, and the offline page", async () => {
  const server = await serveDirectory(host);
  const browser = await launchBrowser();
  try {
    const opened = await openPage(browser, server, { page: "taskpane.html" });
    await waitForView(opened.page, "outside");
    expect(opened.network.blocked).toEqual([]);
    expect(opened.network.servedFromNpm.every((url) => url.startsWith(OFFICE_JS_CDN))).toBe(true);
    expect(opened.errors).toEqual([]);
    await opened.close();

    // In Excel, the role screen comes with the texts of its language, chunks fetched from the host folder (the
    // browser speaking it too, the other language is not fetched): the entry, the catalog, the role screens.
    const inExcel = await openPage(browser, server, {
      page: "taskpane.html?role=acheteur",
      locale: "en-US",
      fakeHost: { host: "Excel", requirementSets: { ExcelApi: "1.17" }, displayLanguage: "en-US" },
    });
    await waitForView(inExcel.page, "role");
    const loaded = (await inExcel.scriptsLoaded()).map((script) => new URL(script.url).pathname.slice(1));
    expect(loaded[0]).toBe("taskpane.js");
    expect(loaded.filter((file) => file.startsWith("messages-"))).toEqual([
      expect.stringMatching(/^messages-en\./),
    ]);
    expect(loaded).toContainEqual(expect.stringMatching(/^role\.[0-9a-f]{8}\.js$/));
    for (const file of loaded) expect(existsSync(path.join(host, file))).toBe(true);
    expect(inExcel.network.blocked).toEqual([]);
    expect(inExcel.errors).toEqual([]);
    await inExcel.close();

    // The offline page from the host: the page's own file is the one request, nothing follows it.
    const context = await browser.newContext({ locale: "fr-FR" });
    const network = await isolateNetwork(context);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const url = new URL("web/grille-commune-traiteur.html", server.baseUrl).href;
    await page.goto(url);
    await page.locator("main[data-view=roles]").waitFor();
    await page.click("[data-role=animateur]");
    await page.locator("main[data-view=role]").waitFor();
    expect(requests).toEqual([url]);
    expect(network.blocked).toEqual([]);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}, 60_000);

test("the offline page of the host folder opens from its file, and the headers say which policy to send with it", async () => {
  const file = path.join(host, "web", "grille-commune-traiteur.html");
  const html = readFileSync(file, "utf8");
  const policy = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
  expect(policy).toMatch(/^default-src 'none'; script-src 'sha256-/);
  expect(readFileSync(path.join(host, "EN-TETES-HTTP.txt"), "utf8")).toContain(
    `Content-Security-Policy: ${policy}`,
  );
  const browser = await launchBrowser();
  try {
    const opened = await openOfflinePage(browser, { file });
    await opened.page.locator("main[data-view=roles]").waitFor();
    expect(opened.requestsAfterLoad).toEqual([]);
    expect(opened.blocked).toEqual([]);
    expect(opened.errors).toEqual([]);
    await opened.close();
  } finally {
    await browser.close();
  }
}, 60_000);
