import { createHash } from "node:crypto";
import path from "node:path";

// The few lines that make the offline page one file (scripts/offline-page.js): the policy's hashes are SHA-256 of
// the exact UTF-8 text the browser reads, and a bundle that could break out of its inline <script> stops the build.
// Plain CommonJS (webpack loads it without a compile step), so it is required, typed here by what the tests use.

interface OfflinePageBuild {
  cspHash(text: string): string;
  contentSecurityPolicy(inline: { script: string; style: string }): string;
  inlineScript(source: string): string;
  inlineTexts(html: string, tag: string): string[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require(path.resolve(__dirname, "..", "..", "scripts", "offline-page.js")) as OfflinePageBuild;
const { contentSecurityPolicy, cspHash, inlineScript, inlineTexts } = build;

test("a hash is the SHA-256 of the text's UTF-8 bytes, in CSP's form", () => {
  const text = "body{content:'€ é'}";
  const expected = createHash("sha256").update(Buffer.from(text, "utf8")).digest("base64");
  expect(cspHash(text)).toBe(`'sha256-${expected}'`);
});

test("the policy allows the one script and the one style by hash, and nothing to fetch, post or base", () => {
  const policy = contentSecurityPolicy({ script: "a()", style: "b{}" });
  expect(policy.split("; ")).toEqual([
    "default-src 'none'",
    `script-src ${cspHash("a()")}`,
    `style-src ${cspHash("b{}")}`,
    "img-src data:",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ]);
});

test("the bundle loses its source-map comment; text that would end or confuse its <script> is refused", () => {
  expect(inlineScript("a();\n//# sourceMappingURL=page.js.map")).toBe("a();");
  expect(inlineScript("a();")).toBe("a();");
  expect(() => inlineScript('x="</script>"')).toThrow(/<\/script/);
  expect(() => inlineScript('x="</SCRIPT "')).toThrow(/SCRIPT/);
  expect(() => inlineScript('x="<!--"')).toThrow(/<!--/);
});

test("the inline texts of a page are read back as written", () => {
  const html = "<style>a{}</style><p>x</p><script>b()</script><script>c()</script>";
  expect(inlineTexts(html, "style")).toEqual(["a{}"]);
  expect(inlineTexts(html, "script")).toEqual(["b()", "c()"]);
});
