import type { DemoStep } from "../demo-steps";
import { about } from "./about";
import { buyerStep } from "./buyer";
import { fillStep } from "./fill";
import { compareStep } from "./compare";
import { collectStep } from "./collect";
import { pageStep } from "./page";
import { pricing } from "./pricing";
import { templateStep } from "./template";

/** The demo's steps, in order; each feature adds its own. */
export const DEMO_STEPS: readonly DemoStep[] = [
  about,
  pricing,
  templateStep,
  fillStep,
  buyerStep,
  compareStep,
  collectStep,
  pageStep,
];
