import { MODULES } from "../catalog";
import { languageOf } from "../language";

// The French texts alone, as one module: the task pane loads it as its own chunk. In the pane's bundle,
// scripts/build-time-data-loader.js runs this module at build time and replaces it by the texts it computes, so the
// chunk holds no English; everywhere else it is what it says.
export const messages = languageOf(MODULES, "fr");
