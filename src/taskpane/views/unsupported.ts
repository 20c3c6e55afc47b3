import { el } from "../../ui/dom";
import { REQUIRED_EXCEL_API } from "../host";
import type { RouteOf, View } from "../router";
import { viewHeading } from "../../ui/heading";

// Shown in an Excel that lacks the manifest's requirement set (sideloaded past the check, or an old build).
export const unsupportedView: View<RouteOf<"unsupported">> = (_route, { t }) =>
  el("section", { class: "notice", "aria-labelledby": "unsupported-heading" }, [
    viewHeading("unsupported-heading", t("taskpane.unsupported.heading")),
    el("p", {}, [
      t("taskpane.unsupported.body", { product: t("product.name"), version: REQUIRED_EXCEL_API }),
    ]),
  ]);
