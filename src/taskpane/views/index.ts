import { lazyView, type ViewTable } from "../router";
import { outsideExcelView } from "./outsideExcel";
import { roleChooserView } from "./roleChooser";
import { roleScreenView } from "./roleScreen";
import { unsupportedView } from "./unsupported";

/**
 * Every route's view; a new screen adds its route in router.ts and one line here. The first screens are in the pane's
 * entry; every other screen is a chunk fetched when it is first opened (`lazyView`), so the pane opens without the
 * file door (jszip), the pricing engine or the buyer's tools. CONTRIBUTING.md says how to add one.
 */
export const VIEWS: ViewTable = {
  outside: outsideExcelView,
  unsupported: unsupportedView,
  roles: roleChooserView,
  role: roleScreenView,
  check: lazyView(() => import(/* webpackChunkName: "check" */ "./check").then((module) => module.checkView)),
  price: lazyView(() => import(/* webpackChunkName: "price" */ "./price").then((module) => module.priceView)),
  mygrid: lazyView(() =>
    import(/* webpackChunkName: "mygrid" */ "./myGrid").then((module) => module.myGridView),
  ),
  tender: lazyView(() =>
    import(/* webpackChunkName: "tender" */ "./tender").then((module) => module.tenderView),
  ),
  schedule: lazyView(() =>
    import(/* webpackChunkName: "schedule" */ "./schedule").then((module) => module.scheduleView),
  ),
  checkBid: lazyView(() =>
    import(/* webpackChunkName: "check-bid" */ "./checkBid").then((module) => module.checkBidView),
  ),
  compare: lazyView(() =>
    import(/* webpackChunkName: "compare" */ "./compare").then((module) => module.compareView),
  ),
  collect: lazyView(() =>
    import(/* webpackChunkName: "collect" */ "./collect").then((module) => module.collectView),
  ),
};
