import { MODULES } from "../catalog";
import { languageOf } from "../language";

// The English texts alone, as one module: the task pane loads it as its own chunk. In the pane's bundle,
// scripts/messages-language-loader.js replaces this module by the texts it computes (the catalog is evaluated at
// build time), so the chunk holds no French; everywhere else it is what it says.
export const messages = languageOf(MODULES, "en");
