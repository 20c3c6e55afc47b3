import type { DemoStep } from "../demo-steps";
import { about } from "./about";

/** The demo's steps, in order; each feature adds its own. */
export const DEMO_STEPS: readonly DemoStep[] = [about];
