import type { MessageModule } from "./types";
import { common } from "./messages/common";
import { cli } from "./messages/cli";
import { grid } from "./messages/grid";
import { pricing } from "./messages/pricing";
import { workbook } from "./messages/workbook";
import { taskpane } from "./messages/taskpane";
import { excel } from "./messages/excel";
import { taskpaneFlows } from "./messages/taskpaneFlows";
import { template } from "./messages/template";
import { tender } from "./messages/tender";

/**
 * Every domain's messages. A domain adds its module here (one line); keys must be unique across modules,
 * which test/unit/i18n.test.ts checks together with fr/en parity.
 */
export const MODULES: Readonly<Record<string, MessageModule>> = {
  common,
  cli,
  grid,
  pricing,
  workbook,
  taskpane,
  excel,
  taskpaneFlows,
  template,
  tender,
};
