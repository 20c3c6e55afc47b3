import type { ViewTable } from "../router";
import { checkView } from "./check";
import { collectView } from "./collect";
import { myGridView } from "./myGrid";
import { outsideExcelView } from "./outsideExcel";
import { priceView } from "./price";
import { roleChooserView } from "./roleChooser";
import { roleScreenView } from "./roleScreen";
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
  collect: collectView,
};
