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
import { bid } from "./messages/bid";
import { bidOwn } from "./messages/bidOwn";
import { tender } from "./messages/tender";
import { taskpaneGrid } from "./messages/taskpaneGrid";
import { functions } from "./messages/functions";
import { fill } from "./messages/fill";
import { taskpaneTender } from "./messages/taskpaneTender";
import { bidCheck } from "./messages/bidCheck";
import { taskpaneBuyer } from "./messages/taskpaneBuyer";
import { compare } from "./messages/compare";
import { collect } from "./messages/collect";
import { taskpaneCollect } from "./messages/taskpaneCollect";
import { web } from "./messages/web";
import { taskpaneLoading } from "./messages/taskpaneLoading";

/**
 * Every domain's messages. A domain adds its module here (one line); keys must be unique across modules,
 * which test/unit/i18n.test.ts checks together with fr/en parity.
 */
export const MODULES = {
  common,
  cli,
  grid,
  pricing,
  workbook,
  taskpane,
  excel,
  taskpaneFlows,
  template,
  bid,
  bidOwn,
  tender,
  taskpaneGrid,
  functions,
  fill,
  taskpaneTender,
  bidCheck,
  taskpaneBuyer,
  compare,
  collect,
  taskpaneCollect,
  web,
  taskpaneLoading,
} satisfies Readonly<Record<string, MessageModule>>;

type Modules = typeof MODULES;

/** Every message key of the catalog: `t` and findings take only these, so a key without its text fails typecheck. */
export type MessageKey = {
  [Domain in keyof Modules]: Modules[Domain] extends MessageModule<infer K> ? K : never;
}[keyof Modules];

/** The ends of the keys that start with `Prefix`: `KeySuffix<"template.finding.">` is "merged" | "formula" | …. */
export type KeySuffix<Prefix extends string, Key = MessageKey> = Key extends `${Prefix}${infer Rest}`
  ? Rest
  : never;
