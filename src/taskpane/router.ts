import type { Lang, Translate } from "../i18n";
import { el } from "../ui/dom";
import { FOCUS_ATTRIBUTE } from "../ui/heading";
import { actionButton, setStatus, statusLine } from "../ui/parts";
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

/**
 * A screen whose module is fetched when it is first opened (a chunk of its own, with the doors and texts only it
 * needs): `lazyView(() => import("./check").then((module) => module.checkView))`. It keeps its view once loaded,
 * whoever asked first: the router, or the entry fetching a screen ahead.
 */
export interface LazyView<R extends Route = Route> {
  readonly load: () => Promise<View<R>>;
  /** The view, once its module is in. */
  readonly view: View<R> | undefined;
}

export function lazyView<R extends Route>(load: () => Promise<View<R>>): LazyView<R> {
  let view: View<R> | undefined;
  return {
    load: () =>
      load().then((loaded) => {
        view = loaded;
        return loaded;
      }),
    get view() {
      return view;
    },
  };
}

export type ViewTable = { readonly [N in Route["name"]]: View<RouteOf<N>> | LazyView<RouteOf<N>> };

export interface Router {
  navigate(route: Route): void;
  readonly current: Route | null;
}

/**
 * Screens that may be drawn before the pane's texts are in: until `texts` resolves, a route not in `early` shows the
 * busy line and is drawn once they are. When `texts` rejects the router draws nothing more: the entry says the pane
 * could not load.
 */
export interface TextsGate {
  readonly texts: Promise<unknown>;
  readonly early: readonly Route["name"][];
}

export { FOCUS_ATTRIBUTE };

/** What the root shows while a lazy screen is fetched, and when it could not be: its `data-view`. */
export const LOADING_VIEW = "loading";
export const LOAD_FAILED_VIEW = "load-failed";

/** The busy line while a screen's module is fetched (the same status line as an action's). */
function loadingScreen(t: Translate): HTMLElement {
  const status = statusLine("view-status");
  setStatus(status, "busy", t("taskpane.view.loading"));
  return el("section", { "aria-busy": "true" }, [status]);
}

/** The screen's module could not be fetched (the add-in's server unreachable): say so, and offer to try again. */
function loadFailedScreen(t: Translate, retry: () => void): HTMLElement {
  const status = statusLine("view-status");
  setStatus(status, "error", t("taskpane.view.failed"));
  const again = actionButton(t("taskpane.view.retry"), "retry-view");
  again.setAttribute(FOCUS_ATTRIBUTE, "");
  again.addEventListener("click", retry);
  return el("section", {}, [status, again]);
}

/** Whether a route must wait for the texts (`TextsGate`); `onceIn` runs when they are in, never when they fail. */
function textsGate(gate: TextsGate | undefined, onceIn: () => void): (route: Route) => boolean {
  if (gate === undefined) return () => false;
  let textsIn = false;
  gate.texts.then(
    () => {
      textsIn = true;
      onceIn();
    },
    () => undefined,
  );
  return (route) => !textsIn && !gate.early.includes(route.name);
}

/**
 * Draws routes into `root`. The root's `data-view` names the route drawn (tests wait on it); while a lazy screen's
 * module (or the texts, see `TextsGate`) is fetched it is `loading`, and `load-failed` when the module's fetch failed.
 * Focus moves to the new view's heading on every navigation but the first, so a keyboard user is not left on a removed
 * button. A screen fetched after the user has gone elsewhere is kept for later, not drawn.
 */
export function createRouter(
  root: HTMLElement,
  views: ViewTable,
  base: Omit<ViewContext, "navigate">,
  gate?: TextsGate,
): Router {
  let current: Route | null = null;
  let drawnOnce = false;
  let waiting: Route | null = null;
  const mustWait = textsGate(gate, () => {
    if (waiting !== null && waiting === current) router.navigate(waiting);
  });
  const show = (name: string, content: HTMLElement) => {
    root.replaceChildren(content);
    root.dataset.view = name;
    if (drawnOnce) root.querySelector<HTMLElement>(`[${FOCUS_ATTRIBUTE}]`)?.focus();
    drawnOnce = true;
  };
  const draw = (route: Route, view: View) =>
    show(route.name, view(route, { ...base, navigate: router.navigate }));
  const fetchAndDraw = (route: Route, lazy: LazyView) => {
    show(LOADING_VIEW, loadingScreen(base.t));
    lazy.load().then(
      (view) => {
        if (current === route) draw(route, view);
      },
      (error: unknown) => {
        console.warn(`screen "${route.name}" not loaded`, error);
        if (current === route)
          show(
            LOAD_FAILED_VIEW,
            loadFailedScreen(base.t, () => router.navigate(route)),
          );
      },
    );
  };
  const router: Router = {
    get current() {
      return current;
    },
    navigate(route) {
      current = route;
      if (mustWait(route)) {
        waiting = route;
        // Before any screen, the root keeps what the entry shows ("Connecting to Excel…").
        if (drawnOnce) show(LOADING_VIEW, loadingScreen(base.t));
        return;
      }
      const entry = views[route.name] as View | LazyView;
      const view = typeof entry === "function" ? entry : entry.view;
      if (view) draw(route, view);
      else fetchAndDraw(route, entry as LazyView);
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
