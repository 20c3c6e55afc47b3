import { execFileSync } from "node:child_process";

/** True when CI=true: a test that needs a missing tool must then fail, never skip. */
export const IN_CI = process.env.CI === "true";

function which(name: string): string | null {
  try {
    // The test's own process.env (Jest gives each test file a copy): a test can hide a tool by changing PATH.
    const env = process.env;
    return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8", env }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * The path of an external tool the tests need (soffice, chromium, xmllint, pdftotext). Missing: an error naming the Debian
 * package to install, so the test fails with a reason (in CI and locally alike: a skipped engine test proves nothing).
 */
export function requireTool(name: string): string {
  const found = which(name);
  if (found) return found;
  const packages: Record<string, string> = {
    soffice: "libreoffice-calc-nogui",
    chromium: "chromium",
    xmllint: "libxml2-utils",
    pdftotext: "poppler-utils",
  };
  throw new Error(
    `${name} is not installed: run 'apt-get install -y ${packages[name] ?? name}' (as .ci/run does) and run the tests again.`,
  );
}
