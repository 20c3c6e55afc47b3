import type { ViewTable } from "../router";
import { outsideExcelView } from "./outsideExcel";
import { roleChooserView } from "./roleChooser";
import { roleScreenView } from "./roleScreen";
import { unsupportedView } from "./unsupported";

/** Every route's view; a new screen adds its route in router.ts and one line here. */
export const VIEWS: ViewTable = {
  outside: outsideExcelView,
  unsupported: unsupportedView,
  roles: roleChooserView,
  role: roleScreenView,
};
