import type { ViewTable } from "../router";
import { checkView } from "./check";
import { checkBidView } from "./checkBid";
import { compareView } from "./compare";
import { collectView } from "./collect";
import { myGridView } from "./myGrid";
import { outsideExcelView } from "./outsideExcel";
import { priceView } from "./price";
import { roleChooserView } from "./roleChooser";
import { roleScreenView } from "./roleScreen";
import { tenderView } from "./tender";
import { scheduleView } from "./schedule";
import { unsupportedView } from "./unsupported";

/** Every route's view; a new screen adds its route in router.ts and one line here. */
export const VIEWS: ViewTable = {
  outside: outsideExcelView,
  unsupported: unsupportedView,
  roles: roleChooserView,
  role: roleScreenView,
  check: checkView,
  price: priceView,
  mygrid: myGridView,
  tender: tenderView,
  schedule: scheduleView,
  checkBid: checkBidView,
  compare: compareView,
  collect: collectView,
};
