import type { MessageKey } from "../i18n";
import { ROLE_OFFERS, ROLES } from "../ui/roles";
import type { Route } from "./router";

// The pane's first screen is drawn as soon as the entry runs, without waiting for its language's catalog (a chunk
// fetched once that screen is painted; test/browser/pane-first-screen.test.ts holds it back): the entry carries the
// texts listed here, in both languages (./firstScreenTexts.ts), and every other screen waits for the whole catalog.

/** The routes drawn before the catalog is in: the role chooser, where a pane opened from Excel lands. */
export const FIRST_SCREEN_ROUTES: readonly Route["name"][] = ["roles"];

/**
 * Every text the pane may show before its catalog is in: the banner and the title, "Connecting to Excel…", the role
 * chooser (each role's name and offers, read from the roles' table so a new offer comes along by itself), the busy
 * line of a screen awaiting the catalog, and the message when the catalog cannot be fetched.
 */
export const FIRST_SCREEN_KEYS: readonly MessageKey[] = [
  "product.name",
  "product.tagline",
  "taskpane.loading",
  "taskpane.roles.heading",
  "taskpane.roles.intro",
  "taskpane.roles.label",
  ...ROLES.map((role) => role.nameKey),
  ...new Set(ROLE_OFFERS.map((offer) => offer.key)),
  "taskpane.view.loading",
  "taskpane.start.failed",
];
