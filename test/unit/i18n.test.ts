import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import {
  defineMessages,
  isMessageKey,
  LANGS,
  langFromLocale,
  t,
  type MessageKey,
  type MessageModule,
} from "../../src/i18n";
import { MODULES } from "../../src/i18n/catalog";
import { ROLES, offersOf } from "../../src/ui/roles";

// The catalog is whole: every module speaks French and English with the same keys and the same placeholders, and no
// two modules claim the same key (a later module would silently replace the earlier one's text).

const modules = Object.entries(MODULES as Readonly<Record<string, MessageModule>>);

function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)(?:\|[^{}|]*\|[^{}|]*)?\}/g)].map((m) => m[1]))].sort();
}

describe("every message module", () => {
  test.each(modules)("%s has the same keys in fr and en", (_name, module) => {
    expect(Object.keys(module.en).sort()).toEqual(Object.keys(module.fr).sort());
  });

  test.each(modules)("%s uses the same placeholders in fr and en", (_name, module) => {
    for (const key of Object.keys(module.fr)) {
      expect({ key, placeholders: placeholders(module.en[key] ?? "") }).toEqual({
        key,
        placeholders: placeholders(module.fr[key]),
      });
    }
  });

  test.each(modules)("%s has no empty or untrimmed message", (_name, module) => {
    for (const lang of LANGS) {
      for (const [key, message] of Object.entries(module[lang])) {
        expect({ key, lang, message: message.trim() }).toEqual({ key, lang, message });
        expect(message.length).toBeGreaterThan(0);
      }
    }
  });
});

test("no key is defined by two modules", () => {
  const owners = new Map<string, string[]>();
  for (const [name, module] of modules) {
    for (const key of Object.keys(module.fr)) owners.set(key, [...(owners.get(key) ?? []), name]);
  }
  const duplicates = [...owners].filter(([, names]) => names.length > 1);
  expect(duplicates).toEqual([]);
});

describe("t", () => {
  test("words agree with their count: 0 and 1 singular in French, only 1 in English", () => {
    expect(t("fr", "cli.check.summary", { errors: 1, warnings: 0 })).toBe("1 erreur, 0 avertissement.");
    expect(t("fr", "cli.check.summary", { errors: 2, warnings: "1\u00a0234" })).toBe(
      "2 erreurs, 1\u00a0234 avertissements.",
    );
    expect(t("en", "cli.check.summary", { errors: 1, warnings: 0 })).toBe("1 error, 0 warnings.");
    // A count that is not given leaves its words visible, as any placeholder does.
    expect(t("en", "cli.check.summary", { errors: 1 })).toBe(
      "1 error, {warnings} {warnings|warning|warnings}.",
    );
  });

  test("fills placeholders, leaves unknown ones visible, and brackets an unknown key", () => {
    expect(t("en", "taskpane.unsupported.body", { product: "P", version: "1.8" })).toContain(
      "P needs the Excel API 1.8",
    );
    expect(t("fr", "taskpane.unsupported.body")).toContain("{product}");
    // A key that escaped the type check (read from data, say) is shown bracketed, never silently blank.
    expect(t("fr", "no.such.key" as MessageKey)).toBe("[no.such.key]");
  });

  test("a locale is English only when it says so; anything else is French", () => {
    expect(["en-US", "en_GB.UTF-8", "EN"].map(langFromLocale)).toEqual(["en", "en", "en"]);
    expect(["fr-FR", "de-DE", "", null, undefined, "eno"].map(langFromLocale)).toEqual([
      "fr",
      "fr",
      "fr",
      "fr",
      "fr",
      "fr",
    ]);
  });
});

// The task pane and ribbon pages name their messages with literal keys: each one must be in the catalog.
const FACE_DIRS = ["src/taskpane", "src/commands"].map((dir) => path.resolve(__dirname, "..", "..", dir));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return file.endsWith(".ts") ? [file] : [];
  });
}

test("every literal message key of the task pane and commands exists", () => {
  const keys = FACE_DIRS.flatMap(sourceFiles).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/\bt\((?:\w+, )?"([\w.]+)"/g)].map((m) => m[1]),
  );
  expect(keys.length).toBeGreaterThan(5);
  expect(keys.filter((key) => !isMessageKey(key))).toEqual([]);
});

test("every role's name and hint exist", () => {
  const keys = ROLES.flatMap((role) => [role.nameKey, ...offersOf(role.id)]);
  expect(keys.filter((key) => !isMessageKey(key))).toEqual([]);
});

describe("message keys are checked by the compiler", () => {
  // These lines are checked by `npm run typecheck`: each @ts-expect-error fails the typecheck if its line compiles.
  test("a module with a text missing in English, or one too many, does not compile", () => {
    // @ts-expect-error "b" has no English text
    const missing = defineMessages({ fr: { a: "un", b: "deux" }, en: { a: "one" } });
    // @ts-expect-error "c" has no French text
    const extra = defineMessages({ fr: { a: "un" }, en: { a: "one", c: "three" } });
    expect([missing, extra]).toHaveLength(2);
  });

  test("a key that is not in the catalog does not compile", () => {
    // @ts-expect-error not a key of the catalog
    expect(t("fr", "pane.no.such.message")).toBe("[pane.no.such.message]");
  });
});
