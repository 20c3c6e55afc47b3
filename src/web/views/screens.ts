import { el } from "../../ui/dom";
import { flowCards } from "../../ui/flows";
import { viewHeading } from "../../ui/heading";
import { backButton } from "../../ui/parts";
import { ROLES, roleById, roleHint, type RoleId } from "../../ui/roles";
import type { FlowContext, PageContext } from "../context";
import { PAGE_OFFERS, flowsOf, type RoleFlow } from "../flows";

// The page's three kinds of screen: who are you (the roles, each with what the page does for it), a role's tools
// (cards), and one tool, its inputs and its results side by side where the screen is wide enough.

export function rolesScreen({ t, navigate }: PageContext): HTMLElement {
  const buttons = ROLES.map((role) => {
    const button = el("button", { type: "button", class: "role", "data-role": role.id }, [
      el("span", { class: "role-name" }, [t(role.nameKey)]),
      el("span", { class: "role-hint" }, [roleHint(t, role.id, PAGE_OFFERS)]),
    ]);
    button.addEventListener("click", () => navigate({ name: "role", role: role.id }));
    return el("li", {}, [button]);
  });
  return el("section", { "aria-labelledby": "roles-heading" }, [
    viewHeading("roles-heading", t("taskpane.roles.heading")),
    el("p", {}, [t("web.roles.intro")]),
    el("nav", { "aria-label": t("taskpane.roles.label") }, [
      el("ul", { class: "roles page-roles" }, buttons),
    ]),
  ]);
}

export function roleScreen(context: PageContext, roleId: RoleId): HTMLElement {
  const { t, navigate } = context;
  const role = roleById(roleId);
  const cards = flowsOf(roleId).map(({ flow, hintKey }) => ({
    id: flow.id,
    name: t(flow.titleKey),
    hint: t(hintKey),
    go: () => navigate({ name: "flow", role: roleId, flow: flow.id }),
  }));
  return el("section", { "aria-labelledby": "role-heading", "data-role": roleId }, [
    viewHeading("role-heading", t(role.nameKey)),
    backButton(t("taskpane.role.back"), () => navigate({ name: "roles" })),
    el("p", { class: "role-offers" }, [roleHint(t, roleId, PAGE_OFFERS)]),
    el("div", { class: "page-flows" }, [flowCards(t("web.flows.label"), cards)]),
  ]);
}

export function flowScreen(context: FlowContext, { flow }: RoleFlow): HTMLElement {
  const { t, navigate, role } = context;
  const screen = flow.render(context);
  return el("section", { "aria-labelledby": "flow-heading", "data-flow-screen": flow.id }, [
    viewHeading("flow-heading", t(flow.titleKey)),
    backButton(t("pane.back"), () => navigate({ name: "role", role })),
    el("p", { class: "flow-intro" }, [t(flow.introKey)]),
    el("div", { class: "columns" }, [
      el("div", { class: "column", "data-column": "inputs" }, [...screen.inputs]),
      el("div", { class: "column", "data-column": "outputs" }, [...screen.outputs]),
    ]),
  ]);
}
