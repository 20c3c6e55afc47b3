import { flowCards } from "../../ui/flows";
import type { ViewContext } from "../router";
import { returnedGridPanel } from "./returnedGrid";

// The buyer's home, with what a buyer can use in this build: make a schedule, compare the bids received, check a
// bid, check a caterer's grid, price a variant from it. A flow adds its card here (and its offer in src/ui/roles.ts).

export function acheteurScreen(context: ViewContext): HTMLElement[] {
  const { t, navigate } = context;
  const flows = flowCards(t("pane.acheteur.label"), [
    {
      id: "schedule",
      name: t("pane.flow.schedule"),
      hint: t("pane.flow.schedule.hint"),
      go: () => navigate({ name: "schedule" }),
    },
    {
      id: "checkBid",
      name: t("pane.flow.checkBid"),
      hint: t("pane.flow.checkBid.hint"),
      go: () => navigate({ name: "checkBid", role: "acheteur" }),
    },
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
