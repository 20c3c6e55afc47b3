import { el } from "../../ui/dom";
import { ROLES, roleHint } from "../../ui/roles";
import type { RouteOf, View } from "../router";
import { viewHeading } from "../../ui/heading";

// The way in: one button per role, with what the role does, in a list the keyboard walks with Tab.
export const roleChooserView: View<RouteOf<"roles">> = (_route, { t, navigate }) => {
  const buttons = ROLES.map((role) => {
    const button = el("button", { type: "button", class: "role", "data-role": role.id }, [
      el("span", { class: "role-name" }, [t(role.nameKey)]),
      el("span", { class: "role-hint" }, [roleHint(t, role.id)]),
    ]);
    button.addEventListener("click", () => navigate({ name: "role", role: role.id }));
    return el("li", {}, [button]);
  });
  return el("section", { "aria-labelledby": "roles-heading" }, [
    viewHeading("roles-heading", t("taskpane.roles.heading")),
    el("p", {}, [t("taskpane.roles.intro")]),
    el("nav", { "aria-label": t("taskpane.roles.label") }, [el("ul", { class: "roles" }, buttons)]),
  ]);
};
