import { el } from "../dom";
import { roleById } from "../roles";
import type { RouteOf, View } from "../router";
import { viewHeading } from "./heading";

// A role's home. For now it says what the role will do; the role's flows are added here as they are built.
export const roleScreenView: View<RouteOf<"role">> = (route, { t, navigate }) => {
  const role = roleById(route.role);
  const back = el("button", { type: "button", class: "link", "data-action": "back" }, [
    t("taskpane.role.back"),
  ]);
  back.addEventListener("click", () => navigate({ name: "roles" }));
  return el("section", { "aria-labelledby": "role-heading", "data-role": role.id }, [
    viewHeading("role-heading", t(role.nameKey)),
    el("p", {}, [t(role.hintKey)]),
    el("p", { class: "aside" }, [t("taskpane.role.soon")]),
    back,
  ]);
};
