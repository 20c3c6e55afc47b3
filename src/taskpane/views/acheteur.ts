import { flowCards } from "../../ui/flows";
import type { ViewContext } from "../router";
import { returnedGridPanel } from "./returnedGrid";

// The buyer's home, with what a buyer can use in this build: compare the bids received, check a caterer's grid,
// price a variant from it. Other flows add their cards here when they land (and their offers in src/ui/roles.ts).

export function acheteurScreen(context: ViewContext): HTMLElement[] {
  const { t, navigate } = context;
  const flows = flowCards(t("pane.acheteur.label"), [
    {
      id: "compare",
      name: t("pane.flow.compare"),
      hint: t("pane.flow.compare.hint"),
      go: () => navigate({ name: "compare" }),
    },
    {
      id: "price",
      name: t("pane.flow.price"),
      hint: t("pane.flow.price.buyer.hint"),
      go: () => navigate({ name: "price", role: "acheteur" }),
    },
  ]);
  return [returnedGridPanel(context, "acheteur"), flows];
}
