import type { MessageKey, Translate } from "../../i18n";
import { createGrid, type CreateGridOutcome } from "../actions/createGrid";
import { paneExcelHost } from "../actions/excelHost";
import { el } from "../../ui/dom";
import type { Route, ViewContext } from "../router";
import { actionButton, panel, setStatus, statusLine, withProgress, type StatusState } from "../../ui/parts";

// The caterer's home: create the standard grid in this workbook here, and the ways to the other flows (check the
// grid, price a variant, my grid), each a button with what it does.

/** How a "create the grid" ended, as the status line shows it. */
function createMessage(outcome: CreateGridOutcome, t: Translate): [StatusState, string] {
  switch (outcome.kind) {
    case "created":
      return ["done", t("pane.create.done", { sheets: outcome.sheets.join(", ") })];
    case "present":
      return ["warning", t("pane.create.present")];
    case "nameTaken":
      return ["warning", t("pane.create.nameTaken", { sheets: outcome.sheets.join(", ") })];
    case "refused": {
      const reasons = outcome.reasons.map((reason) => t(reason.messageKey, reason.params)).join(" ");
      return ["error", t("pane.create.refused", { reasons })];
    }
  }
}

function createPanel({ t, lang, host }: ViewContext): HTMLElement {
  const button = actionButton(t("pane.create.button"), "create-grid");
  const status = statusLine("create-status");
  button.addEventListener("click", async () => {
    const outcome = await withProgress(t, status, [button], t("pane.create.busy"), () =>
      createGrid(paneExcelHost(host), lang),
    );
    if (outcome) setStatus(status, ...createMessage(outcome, t));
  });
  return panel("create", t("pane.create.title"), [el("p", {}, [t("pane.create.body")]), button, status]);
}

const FLOWS: readonly { readonly route: Route; readonly name: MessageKey; readonly hint: MessageKey }[] = [
  { route: { name: "check", role: "traiteur" }, name: "pane.flow.check", hint: "pane.flow.check.hint" },
  { route: { name: "price" }, name: "pane.flow.price", hint: "pane.flow.price.hint" },
  { route: { name: "mygrid" }, name: "pane.flow.mygrid", hint: "pane.flow.mygrid.hint" },
];

function flowLinks({ t, navigate }: ViewContext): HTMLElement {
  const items = FLOWS.map((flow) => {
    const button = el("button", { type: "button", class: "role", "data-flow": flow.route.name }, [
      el("span", { class: "role-name" }, [t(flow.name)]),
      el("span", { class: "role-hint" }, [t(flow.hint)]),
    ]);
    button.addEventListener("click", () => navigate(flow.route));
    return el("li", {}, [button]);
  });
  return el("nav", { "aria-label": t("pane.flow.label") }, [el("ul", { class: "roles" }, items)]);
}

/** The body of the caterer's role screen, under its heading and "Change role". */
export function traiteurScreen(context: ViewContext): HTMLElement[] {
  return [createPanel(context), flowLinks(context)];
}
