import { FOCUS_ATTRIBUTE } from "../ui/heading";
import { isRoleId } from "../ui/roles";
import type { PageContext, PageRoute } from "./context";
import { roleFlow } from "./flows";
import { flowScreen, roleScreen, rolesScreen } from "./views/screens";

// The page's screens live in its address's fragment (#/traiteur/price), so the browser's Back button walks them and
// a bookmark opens a tool directly. Changing the fragment loads nothing: the page stays as it is, offline.

export function hashOf(route: PageRoute): string {
  if (route.name === "roles") return "#/";
  if (route.name === "role") return `#/${route.role}`;
  return `#/${route.role}/${route.flow}`;
}

/** The screen a fragment names; anything unknown (a flow not in this build) falls back to its role or the roles. */
export function routeOf(hash: string): PageRoute {
  const [role, flow] = hash.replace(/^#\/?/, "").split("/");
  if (!isRoleId(role)) return { name: "roles" };
  if (flow && roleFlow(role, flow)) return { name: "flow", role, flow };
  return { name: "role", role };
}

export function draw(root: HTMLElement, route: PageRoute, context: PageContext): void {
  const flow = route.name === "flow" ? roleFlow(route.role, route.flow) : undefined;
  const view =
    route.name === "roles"
      ? rolesScreen(context)
      : flow && route.name === "flow"
        ? flowScreen({ ...context, role: route.role }, flow)
        : roleScreen(context, route.role);
  root.replaceChildren(view);
  root.dataset.view = route.name === "flow" ? `flow:${route.flow}` : route.name;
}

/** Focus to the new screen's heading, so a keyboard or screen reader user starts there. */
export function focusHeading(root: HTMLElement): void {
  root.querySelector<HTMLElement>(`[${FOCUS_ATTRIBUTE}]`)?.focus();
}
