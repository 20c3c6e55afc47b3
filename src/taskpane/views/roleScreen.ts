import { el } from "../../ui/dom";
import { roleById, roleHint, type RoleId } from "../../ui/roles";
import type { RouteOf, View, ViewContext } from "../router";
import { acheteurScreen } from "./acheteur";
import { animateurScreen } from "./animateur";
import { viewHeading } from "../../ui/heading";
import { traiteurScreen } from "./traiteur";

// A role's home: its name, "Change role" (the first stop after the heading), what the role does, then the role's
// tools.
const ROLE_SCREENS: Record<RoleId, (context: ViewContext) => HTMLElement[]> = {
  traiteur: traiteurScreen,
  acheteur: acheteurScreen,
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
    el("p", { class: "role-offers" }, [roleHint(t, role.id)]),
    ...screen(context),
  ]);
};
