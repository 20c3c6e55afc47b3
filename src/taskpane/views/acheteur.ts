import { flowCards } from "../../ui/flows";
import type { ViewContext } from "../router";
import { returnedGridPanel } from "./returnedGrid";

// The buyer's home, with what a buyer can use in this build: check a caterer's grid, price a variant from it.
// Answering and comparing bids add their cards here when they land (and their offers in src/ui/roles.ts).

export function acheteurScreen(context: ViewContext): HTMLElement[] {
  const { t, navigate } = context;
  const flows = flowCards(t("pane.acheteur.label"), [
    {
      id: "price",
      name: t("pane.flow.price"),
      hint: t("pane.flow.price.buyer.hint"),
      go: () => navigate({ name: "price", role: "acheteur" }),
    },
  ]);
  return [returnedGridPanel(context, "acheteur"), flows];
}
