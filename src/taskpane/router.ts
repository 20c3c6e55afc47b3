import type { Lang, Translate } from "../i18n";
import { FOCUS_ATTRIBUTE } from "../ui/heading";
import type { HostEnvironment } from "./host";
import { isRoleId, type RoleId } from "../ui/roles";

// The pane's screens and how to move between them. A screen is a route; a view draws one route and may ask to
// navigate. Later flows (create the grid, check it, price a variant…) add a route and a view each.
export type Route =
  | { readonly name: "outside" }
  | { readonly name: "unsupported" }
  | { readonly name: "roles" }
  | { readonly name: "role"; readonly role: RoleId }
  /** Check the grid in the open workbook (caterer or facilitator; "back" returns to that role). */
  | { readonly name: "check"; readonly role: RoleId }
  /** Price a variant (caterer or buyer; "back" returns to that role). */
  | { readonly name: "price"; readonly role: RoleId }
  | { readonly name: "mygrid" }
  /** Answer the tender open in Excel: review its lines, fill the prices, check it is ready to submit. */
  | { readonly name: "tender" }
  /** Make a schedule in the standard format (buyer). */
  | { readonly name: "schedule" }
  /** Check the bid open in Excel against its original (buyer; caterer before sending). */
  | { readonly name: "checkBid"; readonly role: RoleId }
  /** Compare the bids received (buyer). */
  | { readonly name: "compare" }
  /** Collect the returned grids (the facilitator's desk; "back" returns to that role). */
  | { readonly name: "collect"; readonly role: RoleId };

export interface ViewContext {
  readonly t: Translate;
  /** The language `t` speaks, for core functions that format in it (money, breakdowns, labels). */
  readonly lang: Lang;
  readonly host: HostEnvironment;
  navigate(route: Route): void;
}

export type RouteOf<N extends Route["name"]> = Extract<Route, { readonly name: N }>;

export type View<R extends Route = Route> = (route: R, context: ViewContext) => HTMLElement;

export type ViewTable = { readonly [N in Route["name"]]: View<RouteOf<N>> };

export interface Router {
  navigate(route: Route): void;
  readonly current: Route | null;
}

export { FOCUS_ATTRIBUTE };

/**
 * Draws routes into `root`. The root's `data-view` names the current route (tests wait on it). Focus moves to the
 * new view's heading on every navigation but the first, so a keyboard user is not left on a removed button.
 */
export function createRouter(
  root: HTMLElement,
  views: ViewTable,
  base: Omit<ViewContext, "navigate">,
): Router {
  let current: Route | null = null;
  const router: Router = {
    get current() {
      return current;
    },
    navigate(route) {
      const isFirst = current === null;
      current = route;
      const view = views[route.name] as View;
      root.replaceChildren(view(route, { ...base, navigate: router.navigate }));
      root.dataset.view = route.name;
      if (!isFirst) root.querySelector<HTMLElement>(`[${FOCUS_ATTRIBUTE}]`)?.focus();
    },
  };
  return router;
}

/**
 * The screen to open inside Excel: `?role=traiteur` (a ribbon button's SourceLocation) opens that role's screen,
 * anything else the role chooser.
 */
export function routeFromSearch(search: string): Route {
  const role = new URLSearchParams(search).get("role");
  return isRoleId(role) ? { name: "role", role } : { name: "roles" };
}
