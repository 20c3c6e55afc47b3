import type { MessageKey } from "../i18n";
import type { CliContext } from "./context";

/**
 * One part of `grille demo`: runs a real job on the built-in sample data, writes its outputs under `outDir`
 * and returns the files it wrote (relative to outDir). Features add their step to DEMO_STEPS.
 */
export interface DemoStep {
  readonly titleKey: MessageKey;
  run(ctx: CliContext, outDir: string): Promise<readonly string[]>;
  /** Lines after the demo's list of files (e.g. "open this page"), given every file written and the folder. */
  afterSummary?(ctx: CliContext, written: readonly string[], outDir: string): void;
}
