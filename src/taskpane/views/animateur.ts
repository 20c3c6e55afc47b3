import type { Lang } from "../../i18n";
import { loadLanguage } from "../../i18n/load";
import { canCreateWorkbook, type WorkbookCreator } from "../../excel";
import { paneExcelHost } from "../actions/excelHost";
import { el } from "../../ui/dom";
import { flowCards } from "../../ui/flows";
import type { ViewContext } from "../router";
import { returnedGridPanel } from "./returnedGrid";
import { radio } from "../../ui/controls";
import { actionButton, panel, setStatus, statusLine, withProgress } from "../../ui/parts";

// The facilitator's home: open the blank template to distribute as a new workbook (or download it) (French or English, optionally protected with a
// password), and check a returned grid, in the open workbook or from an .xlsx file.

/** The template's plan and the file door that writes it: a chunk fetched on the first click. */
const blankTemplate = () => import(/* webpackChunkName: "blank-template" */ "../actions/blankTemplate");

/** The global `Excel` (Office's or a test's fake) as what creates workbooks. */
function workbookCreator(): WorkbookCreator {
  return typeof Excel === "undefined" ? {} : (Excel as unknown as WorkbookCreator);
}

function templatePanel({ t, lang, host }: ViewContext): HTMLElement {
  const excel = paneExcelHost(host);
  const opens = canCreateWorkbook(workbookCreator(), excel);
  const languages = el("fieldset", { class: "group" }, [
    el("legend", {}, [t("pane.template.language")]),
    radio("template-lang", "fr", t("pane.template.language.fr"), lang === "fr"),
    radio("template-lang", "en", t("pane.template.language.en"), lang === "en"),
  ]);
  const password = el("input", {
    id: "template-password",
    type: "password",
    autocomplete: "new-password",
    "aria-describedby": "template-password-hint",
  });
  const button = actionButton(
    t(opens ? "pane.template.button.open" : "pane.template.button.download"),
    "download-template",
  );
  const status = statusLine("template-status");
  button.addEventListener("click", async () => {
    const chosen = (languages.querySelector<HTMLInputElement>("input:checked")?.value ?? lang) as Lang;
    const made = await withProgress(t, status, [button], t("pane.template.busy"), async () => {
      // The template speaks the language chosen here, which may not be the pane's: its texts come first.
      const [action] = await Promise.all([blankTemplate(), loadLanguage(chosen)]);
      return { action, bytes: await action.blankTemplateBytes({ lang: chosen, password: password.value }) };
    });
    if (!made) return;
    const fileName = t(`pane.template.fileName.${chosen}`);
    const delivery = await withProgress(t, status, [button], t("pane.template.busy"), () =>
      made.action.deliverTemplate(workbookCreator(), excel, new Uint8Array(made.bytes), fileName),
    );
    if (delivery === "opened") setStatus(status, "done", t("pane.template.opened"));
    else if (delivery === "offered")
      setStatus(status, "info", t("pane.template.offered", { file: fileName }));
  });
  return panel("template", t("pane.template.title"), [
    el("p", {}, [t("pane.template.body")]),
    languages,
    el("div", { class: "field" }, [
      el("label", { for: "template-password" }, [t("pane.template.password")]),
      password,
    ]),
    el("p", { id: "template-password-hint", class: "aside" }, [t("pane.template.password.hint")]),
    button,
    status,
  ]);
}

/** The facilitator's flows: collect every returned grid at once. */
function flows({ t, navigate }: ViewContext): HTMLElement {
  return flowCards(t("pane.animateur.label"), [
    {
      id: "collect",
      name: t("pane.flow.collect"),
      hint: t("pane.flow.collect.hint"),
      go: () => navigate({ name: "collect", role: "animateur" }),
    },
  ]);
}

/** The body of the facilitator's role screen, under its heading and "Change role". */
export function animateurScreen(context: ViewContext): HTMLElement[] {
  return [flows(context), templatePanel(context), returnedGridPanel(context, "animateur")];
}
