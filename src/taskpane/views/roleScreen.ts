import { el } from "../../ui/dom";
import { roleById, type RoleId } from "../roles";
import type { RouteOf, View, ViewContext } from "../router";
import { animateurScreen } from "./animateur";
import { viewHeading } from "../../ui/heading";
import { traiteurScreen } from "./traiteur";

// A role's home: its name, "Change role" (the first stop after the heading), what the role does, then the role's
// tools. A role without tools yet says they are coming.
const ROLE_SCREENS: Partial<Record<RoleId, (context: ViewContext) => HTMLElement[]>> = {
  traiteur: traiteurScreen,
  animateur: animateurScreen,
};

export const roleScreenView: View<RouteOf<"role">> = (route, context) => {
  const { t, navigate } = context;
  const role = roleById(route.role);
  const back = el("button", { type: "button", class: "link", "data-action": "back" }, [
    t("taskpane.role.back"),
  ]);
  back.addEventListener("click", () => navigate({ name: "roles" }));
  const screen = ROLE_SCREENS[role.id];
  return el("section", { "aria-labelledby": "role-heading", "data-role": role.id }, [
    viewHeading("role-heading", t(role.nameKey)),
    back,
    el("p", {}, [t(role.hintKey)]),
    ...(screen ? screen(context) : [el("p", { class: "aside" }, [t("taskpane.role.soon")])]),
  ]);
};
