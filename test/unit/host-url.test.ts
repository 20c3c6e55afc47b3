import { readFileSync } from "node:fs";
import path from "node:path";

// scripts/host-url.js: the base URL of a build and the manifest for a host. Plain CommonJS (webpack and the release
// script load it without a compile step), so it is required, typed here by what the tests use.

interface HostUrl {
  readonly DEV_BASE_URL: string;
  resolveBaseUrl(env: Record<string, unknown>, processEnv: Record<string, string | undefined>): string;
  manifestVersion(packageVersion: string): string;
  manifestFor(xml: string, options: { baseUrl: string; packageVersion: string }): string;
  manifestUrls(xml: string): string[];
}

const ROOT = path.resolve(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const hostUrl = require(path.join(ROOT, "scripts", "host-url.js")) as HostUrl;
const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };

describe("the base URL of a build", () => {
  test("stays on the development server without a URL", () => {
    expect(hostUrl.resolveBaseUrl({}, {})).toBe("https://localhost:3000/");
  });

  test("comes from --env url=… or GRILLE_URL, always ending with a slash", () => {
    expect(hostUrl.resolveBaseUrl({ url: "https://example.org/grille" }, {})).toBe(
      "https://example.org/grille/",
    );
    expect(hostUrl.resolveBaseUrl({}, { GRILLE_URL: "https://intranet.mairie.fr/apps/grille/" })).toBe(
      "https://intranet.mairie.fr/apps/grille/",
    );
    expect(hostUrl.resolveBaseUrl({ url: "https://a.fr/" }, { GRILLE_URL: "https://b.fr/" })).toBe(
      "https://a.fr/",
    );
  });

  test("refuses http, non-URLs and URLs with a query, each with a message saying what to give", () => {
    expect(() => hostUrl.resolveBaseUrl({ url: "http://example.org/grille/" }, {})).toThrow(/https/);
    expect(() => hostUrl.resolveBaseUrl({ url: "example.org" }, {})).toThrow(/adresse web/);
    expect(() => hostUrl.resolveBaseUrl({ url: "https://example.org/?x=1" }, {})).toThrow(/paramètres/);
  });
});

describe("the manifest for a host", () => {
  const built = hostUrl.manifestFor(manifest, {
    baseUrl: "https://example.org/grille/",
    packageVersion: "2.3.4",
  });

  test("moves every URL to the host's base and takes its version from package.json", () => {
    const urls = hostUrl.manifestUrls(built).filter((url) => !url.startsWith("http://schemas."));
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith("https://example.org/grille/")).toBe(true);
    expect(built).not.toContain("localhost");
    expect(built).toContain("<Version>2.3.4.0</Version>");
  });

  test("the source manifest's version is package.json's, so a development build changes nothing", () => {
    expect(manifest).toContain(`<Version>${hostUrl.manifestVersion(version)}</Version>`);
    expect(hostUrl.manifestFor(manifest, { baseUrl: hostUrl.DEV_BASE_URL, packageVersion: version })).toBe(
      manifest,
    );
  });
});
