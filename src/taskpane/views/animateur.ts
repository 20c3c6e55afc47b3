import type { Lang } from "../../i18n";
import { XLSX_TYPE, blankTemplateBytes } from "../actions/blankTemplate";
import { checkWorkbookFile } from "../actions/checkGrid";
import { offerDownload } from "../actions/download";
import { el } from "../../ui/dom";
import type { ViewContext } from "../router";
import { showCheck } from "./check";
import { radio } from "../../ui/controls";
import { actionButton, panel, setStatus, statusLine, withProgress } from "../../ui/parts";

// The facilitator's home: make the blank template to distribute (French or English, optionally protected with a
// password), and check a returned grid, in the open workbook or from an .xlsx file.

function templatePanel({ t, lang }: ViewContext): HTMLElement {
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
  const button = actionButton(t("pane.template.button"), "download-template");
  const status = statusLine("template-status");
  button.addEventListener("click", async () => {
    const chosen = (languages.querySelector<HTMLInputElement>("input:checked")?.value ?? lang) as Lang;
    const bytes = await withProgress(t, status, [button], t("pane.template.busy"), () =>
      blankTemplateBytes({ lang: chosen, password: password.value }),
    );
    if (!bytes) return;
    const fileName = t(`pane.template.fileName.${chosen}`);
    offerDownload(new Uint8Array(bytes), XLSX_TYPE, fileName);
    setStatus(status, "done", t("pane.template.done", { file: fileName }));
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

function checkPanel(context: ViewContext): HTMLElement {
  const { t, navigate } = context;
  const open = actionButton(t("pane.returned.open"), "check-open", false);
  open.addEventListener("click", () => navigate({ name: "check", role: "animateur" }));
  const file = el("input", { id: "returned-file", type: "file", accept: ".xlsx", class: "file" });
  const status = statusLine("returned-status");
  const results = el("div", { class: "results", "data-results": "returned" });
  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const outcome = await withProgress(
      t,
      status,
      [file],
      t("pane.returned.busy", { file: chosen.name }),
      async () => checkWorkbookFile(new Uint8Array(await chosen.arrayBuffer()), chosen.name),
    );
    file.value = "";
    if (outcome) showCheck(context, outcome, status, results);
  });
  return panel("returned", t("pane.returned.title"), [
    el("p", {}, [t("pane.returned.body")]),
    open,
    el("div", { class: "field" }, [el("label", { for: "returned-file" }, [t("pane.returned.file")]), file]),
    status,
    results,
  ]);
}

/** The body of the facilitator's role screen, under its heading and "Change role". */
export function animateurScreen(context: ViewContext): HTMLElement[] {
  return [templatePanel(context), checkPanel(context)];
}
