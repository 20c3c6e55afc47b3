import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chooseLang, run, type CliStreams } from "../../src/cli/main";

interface Captured {
  code: number;
  out: string;
  err: string;
}

async function grille(args: string[], env: Record<string, string> = {}): Promise<Captured> {
  let out = "";
  let err = "";
  const streams: CliStreams = {
    out: (text) => (out += `${text}\n`),
    err: (text) => (err += `${text}\n`),
    env,
  };
  const code = await run(["node", "grille", ...args], streams);
  return { code, out, err };
}

describe("grille CLI shell", () => {
  it("chooses the language from --lang, then the locale, French by default", () => {
    expect(chooseLang(["--lang", "en"], { LANG: "fr_FR.UTF-8" })).toBe("en");
    expect(chooseLang(["--lang=fr"], { LANG: "en_US.UTF-8" })).toBe("fr");
    expect(chooseLang([], { LANG: "en_GB.UTF-8" })).toBe("en");
    expect(chooseLang([], { LC_ALL: "de_DE.UTF-8" })).toBe("fr");
    expect(chooseLang([], {})).toBe("fr");
  });

  it("prints help in French and in English, exit 0", async () => {
    const fr = await grille(["--help"]);
    expect(fr.code).toBe(0);
    expect(fr.out).toContain("affiche l'aide");
    const en = await grille(["--help", "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.out).toContain("show help");
    expect(en.out).toContain("demo");
  });

  it("rejects an unknown language and an unknown command with exit 2", async () => {
    const lang = await grille(["--lang", "de", "demo"]);
    expect(lang.code).toBe(2);
    expect(lang.err).toContain("--lang fr");
    const unknown = await grille(["no-such-command"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err.trim()).toBe(
      "Commande inconnue « no-such-command ». La liste des commandes : grille --help.",
    );
    const english = await grille(["--lang", "en", "read"]);
    expect(english.code).toBe(2);
    expect(english.err.trim()).toBe('The argument "file.xlsx" is missing. See the command\'s help (--help).');
  });

  it("translates commander's help titles", async () => {
    expect((await grille(["--help"])).out).toMatch(/^Utilisation : grille \[options\] \[commande\]$/m);
    expect((await grille(["--help", "--lang", "en"])).out).toMatch(
      /^Usage: grille \[options\] \[command\]$/m,
    );
  });

  it("runs the demo into a folder and lists what it wrote", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "grille-demo-"));
    const result = await grille(["demo", "--out", dir, "--lang", "en"]);
    expect(result.code).toBe(0);
    expect(result.out).toContain("LISEZMOI.txt");
    // The help it shows a newcomer lists every command, not only the demo that is running.
    for (const command of [
      "template",
      "read",
      "price",
      "map",
      "fill",
      "bordereau",
      "check",
      "compare",
      "collect",
    ])
      expect(result.out).toMatch(new RegExp(`^  ${command} `, "m"));
    const readme = await fs.readFile(path.join(dir, "LISEZMOI.txt"), "utf8");
    expect(readme).toContain("Grille commune traiteur");
    await fs.rm(dir, { recursive: true, force: true });
  });
});
