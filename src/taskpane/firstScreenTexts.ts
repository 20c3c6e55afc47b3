import { MODULES } from "../i18n/catalog";
import { textsOf } from "../i18n/language";
import { FIRST_SCREEN_KEYS } from "./firstScreen";

// The texts of the pane's first screen, in both languages, taken from the catalog. In the pane's bundle
// scripts/build-time-data-loader.js runs this module at build time and replaces it by its value, so the entry carries
// these texts and not the catalog they come from.
export const FIRST_SCREEN_TEXTS = textsOf(MODULES, FIRST_SCREEN_KEYS);
