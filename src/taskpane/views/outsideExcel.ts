import { el } from "../../ui/dom";
import type { RouteOf, View } from "../router";
import { viewHeading } from "../../ui/heading";

// Shown when the pane is opened in a plain browser: say where it works and the three steps to get there.
export const outsideExcelView: View<RouteOf<"outside">> = (_route, { t }) => {
  const names = {
    product: t("product.name"),
    group: t("taskpane.manifest.group"),
    button: t("taskpane.manifest.button"),
  };
  const steps = [
    "taskpane.outside.step.open",
    "taskpane.outside.step.addIn",
    "taskpane.outside.step.button",
  ] as const;
  return el("section", { class: "notice", "aria-labelledby": "outside-heading" }, [
    viewHeading("outside-heading", t("taskpane.outside.heading")),
    el("p", {}, [t("taskpane.outside.body")]),
    el("p", {}, [t("taskpane.outside.howTo")]),
    el(
      "ol",
      {},
      steps.map((key) => el("li", {}, [t(key, names)])),
    ),
    el("p", { class: "aside" }, [t("taskpane.outside.cli")]),
  ]);
};
