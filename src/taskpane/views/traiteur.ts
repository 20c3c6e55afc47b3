import { findingMessage } from "../../core/finding-message";
import type { Lang, Translate } from "../../i18n";
import { el } from "../../ui/dom";
import { flowCards, type FlowCard } from "../../ui/flows";
import { actionButton, panel, setStatus, statusLine, withProgress, type StatusState } from "../../ui/parts";
import type { CreateGridOutcome } from "../actions/createGrid";
import { paneExcelHost } from "../actions/excelHost";
import type { ViewContext } from "../router";

// The caterer's home. The main action follows the state of the workbook: without a grid, "Create the grid" is the
// primary button; once the grid is there, the panel says so and pricing a variant becomes the main action.

/** "Create the grid" with the template's plan and the Excel door's writes: a chunk fetched as the screen opens. */
const createGridAction = () => import(/* webpackChunkName: "create-grid" */ "../actions/createGrid");

/** How a "create the grid" ended, as the status line shows it. */
function createMessage(outcome: CreateGridOutcome, t: Translate, lang: Lang): [StatusState, string] {
  switch (outcome.kind) {
    case "created":
      return ["done", t("pane.create.done", { sheets: outcome.sheets.join(", ") })];
    case "present":
      return ["warning", t("pane.create.present")];
    case "nameTaken":
      return ["warning", t("pane.create.nameTaken", { sheets: outcome.sheets.join(", ") })];
    case "refused": {
      const reasons = outcome.reasons.map((reason) => findingMessage(reason, lang)).join(" ");
      return ["error", t("pane.create.refused", { reasons })];
    }
  }
}

function flowList({ t, navigate }: ViewContext, main: string | undefined): HTMLElement {
  const cards: FlowCard[] = [
    {
      id: "tender",
      name: t("pane.flow.tender"),
      hint: t("pane.flow.tender.hint"),
      go: () => navigate({ name: "tender" }),
    },
    {
      id: "price",
      name: t("pane.flow.price"),
      hint: t("pane.flow.price.hint"),
      go: () => navigate({ name: "price", role: "traiteur" }),
    },
    {
      id: "check",
      name: t("pane.flow.check"),
      hint: t("pane.flow.check.hint"),
      go: () => navigate({ name: "check", role: "traiteur" }),
    },
    {
      id: "checkBid",
      name: t("pane.flow.beforeSending"),
      hint: t("pane.flow.beforeSending.hint"),
      go: () => navigate({ name: "checkBid", role: "traiteur" }),
    },
    {
      id: "mygrid",
      name: t("pane.flow.mygrid"),
      hint: t("pane.flow.mygrid.hint"),
      go: () => navigate({ name: "mygrid" }),
    },
  ];
  return flowCards(t("pane.flow.label"), cards, main);
}

/** The body of the caterer's role screen, under its heading and "Change role". */
export function traiteurScreen(context: ViewContext): HTMLElement[] {
  const { t, lang, host } = context;
  const excel = paneExcelHost(host);
  const button = actionButton(t("pane.create.button"), "create-grid");
  const status = statusLine("create-status");
  const body = el("p", {}, [t("pane.create.body")]);
  const flows = el("div", { "data-flows": "traiteur" }, [flowList(context, undefined)]);
  const createPanel = panel("create", t("pane.create.title"), [body, button, status]);

  /** The grid is in this workbook: the panel says so and the flows lead, pricing first. */
  const showPresent = () => {
    body.textContent = t("pane.create.presentState");
    button.remove();
    flows.replaceChildren(flowList(context, "price"));
  };
  button.addEventListener("click", async () => {
    const outcome = await withProgress(t, status, [button], t("pane.create.busy"), async () =>
      (await createGridAction()).createGrid(excel, lang),
    );
    if (!outcome) return;
    setStatus(status, ...createMessage(outcome, t, lang));
    if (outcome.kind === "created" || outcome.kind === "present") showPresent();
  });
  void createGridAction()
    .then((action) => action.gridInWorkbook(excel))
    .then(
      (present) => {
        if (present && status.dataset.state === "idle") showPresent();
      },
      // Not knowing leaves the screen as it is: "Create the grid" still refuses politely if a grid is there.
      () => undefined,
    );
  return [createPanel, flows];
}
