import type { DemoStep } from "../demo-steps";
import { about } from "./about";
import { pageStep } from "./page";
import { pricing } from "./pricing";
import { templateStep } from "./template";

/** The demo's steps, in order; each feature adds its own. */
export const DEMO_STEPS: readonly DemoStep[] = [about, pricing, templateStep, pageStep];
