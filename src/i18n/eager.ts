import { MODULES } from "./catalog";
import { languageOf } from "./language";
import { registerCatalog } from "./registry";
import { LANGS } from "./types";

// Both languages, registered as soon as this module is imported: the first import of the entries that may speak
// either at any moment (the command line, the ribbon's commands, the Excel functions, the offline page) and of the
// tests (jest's setup). The task pane does not import it: it loads one language (./load).
for (const lang of LANGS) registerCatalog(lang, languageOf(MODULES, lang));
