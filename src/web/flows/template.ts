import type { Lang } from "../../i18n";
import { radio } from "../../ui/controls";
import { el } from "../../ui/dom";
import { actionButton, setStatus, statusLine, withProgress } from "../../ui/parts";
import { offerBlankTemplate } from "../actions/downloads";
import type { FlowContext } from "../context";
import type { FlowScreen, WebFlow } from "./flow";

// The blank template, downloaded: in French or English; for a facilitator, optionally protected with a password
// (the caterers then fill only the yellow cells). The same plan as the pane's and `grille template`.

function passwordField({ t }: FlowContext): { element: HTMLElement; input: HTMLInputElement } {
  const input = el("input", {
    id: "template-password",
    type: "password",
    autocomplete: "new-password",
    "aria-describedby": "template-password-hint",
  });
  const element = el("div", {}, [
    el("div", { class: "field" }, [
      el("label", { for: "template-password" }, [t("pane.template.password")]),
      input,
    ]),
    el("p", { id: "template-password-hint", class: "aside" }, [t("pane.template.password.hint")]),
  ]);
  return { element, input };
}

function render(context: FlowContext): FlowScreen {
  const { t, lang, role } = context;
  const languages = el("fieldset", { class: "group" }, [
    el("legend", {}, [t("pane.template.language")]),
    radio("template-lang", "fr", t("pane.template.language.fr"), lang === "fr"),
    radio("template-lang", "en", t("pane.template.language.en"), lang === "en"),
  ]);
  const password = role === "animateur" ? passwordField(context) : null;
  const button = actionButton(t("pane.template.button.download"), "download-template");
  const status = statusLine("template-status");
  button.addEventListener("click", async () => {
    const chosen = (languages.querySelector<HTMLInputElement>("input:checked")?.value ?? lang) as Lang;
    const file = t(`pane.template.fileName.${chosen}`);
    const options = { lang: chosen, ...(password ? { password: password.input.value } : {}) };
    const offered = await withProgress(t, status, [button], t("pane.template.busy"), async () => {
      await offerBlankTemplate(options, file);
      return true;
    });
    if (offered) setStatus(status, "info", t("web.download.offered", { file }));
  });
  return { inputs: [languages, ...(password ? [password.element] : []), button], outputs: [status] };
}

export const templateFlow: WebFlow = {
  id: "template",
  titleKey: "web.template.title",
  introKey: "web.template.intro",
  render,
};
