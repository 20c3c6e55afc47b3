import { loadAllLanguages } from "../../i18n/load";
import { lazyView, type LazyView, type Route, type View, type ViewTable } from "../router";
import { outsideExcelView } from "./outsideExcel";
import { roleChooserView } from "./roleChooser";
import { unsupportedView } from "./unsupported";

/**
 * A screen fetched when first opened, once both languages' texts are registered: the flows read what buyers and
 * caterers wrote in either language (src/core/tender/standard-header.ts, src/usecases/variant-options.ts build their
 * tables from both when their module runs), so the other language comes with the first of them, never before.
 */
function flowScreen<R extends Route>(load: () => Promise<View<R>>): LazyView<R> {
  return lazyView(() => loadAllLanguages().then(load));
}

/**
 * A role's home, with its tools and what they need at once (my grid, the grid's reader): a chunk the entry fetches
 * ahead once the pane has painted (`SCREENS_AHEAD`), so the role chooser comes without it and a role still opens at
 * once.
 */
const roleScreen = lazyView(() =>
  import(/* webpackChunkName: "role" */ "./roleScreen").then((module) => module.roleScreenView),
);

/** What the entry fetches ahead once the pane has painted, with the catalog: the screens opened next. */
export const SCREENS_AHEAD: readonly (() => Promise<unknown>)[] = [roleScreen.load];

/**
 * Every route's view; a new screen adds its route in router.ts and one line here. The first screens (the role chooser,
 * outside Excel, unsupported) are in the pane's entry; a role's home is fetched ahead (above); every other screen is a
 * chunk fetched when it is first opened (`flowScreen`), so the pane opens without the file door (zip and XML), the
 * pricing engine or the buyer's tools. CONTRIBUTING.md says how to add one.
 */
export const VIEWS: ViewTable = {
  outside: outsideExcelView,
  unsupported: unsupportedView,
  roles: roleChooserView,
  role: roleScreen,
  check: flowScreen(() =>
    import(/* webpackChunkName: "check" */ "./check").then((module) => module.checkView),
  ),
  price: flowScreen(() =>
    import(/* webpackChunkName: "price" */ "./price").then((module) => module.priceView),
  ),
  mygrid: flowScreen(() =>
    import(/* webpackChunkName: "mygrid" */ "./myGrid").then((module) => module.myGridView),
  ),
  tender: flowScreen(() =>
    import(/* webpackChunkName: "tender" */ "./tender").then((module) => module.tenderView),
  ),
  schedule: flowScreen(() =>
    import(/* webpackChunkName: "schedule" */ "./schedule").then((module) => module.scheduleView),
  ),
  checkBid: flowScreen(() =>
    import(/* webpackChunkName: "check-bid" */ "./checkBid").then((module) => module.checkBidView),
  ),
  compare: flowScreen(() =>
    import(/* webpackChunkName: "compare" */ "./compare").then((module) => module.compareView),
  ),
  collect: flowScreen(() =>
    import(/* webpackChunkName: "collect" */ "./collect").then((module) => module.collectView),
  ),
};
