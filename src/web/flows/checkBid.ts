import type { WorkbookSnapshot } from "../../core/workbook";
import { showBidCheck, type BidCheckOutputs } from "../../ui/bidCheck";
import { el } from "../../ui/dom";
import { panel, setStatus, statusLine, withProgress } from "../../ui/parts";
import { checkBid } from "../../usecases/check-bid";
import { loadMyGrid } from "../../usecases/my-grid";
import { readWorkbookFile } from "../actions/files";
import type { FlowContext } from "../context";
import { filePicker } from "../views/filePicker";
import type { FlowScreen, WebFlow } from "./flow";

// Check a bid against its original schedule, both chosen as files: the buyer's check of a bid received, and the
// caterer's "check before sending", which also compares each price with my grid kept in this browser. The same use
// case and findings list as the pane's; the check runs again when either file is chosen again.

interface Chosen {
  readonly name: string;
  readonly book: WorkbookSnapshot;
}

function render(context: FlowContext): FlowScreen {
  const { t, role, store } = context;
  const caterer = role === "traiteur";
  const outputs: BidCheckOutputs = {
    status: statusLine("checkbid-status"),
    note: el("p", { class: "aside", "data-notice": "grid" }),
    results: el("div", { class: "results", "data-results": "check-bid" }),
  };
  const files: { original: Chosen | null; bid: Chosen | null } = { original: null, bid: null };

  const run = () => {
    const { original, bid } = files;
    if (!original || !bid) {
      setStatus(outputs.status, "info", t(original ? "web.checkBid.needBid" : "web.checkBid.needOriginal"));
      return;
    }
    // My grid is read at each check, so a grid saved a moment ago is the one prices are compared with.
    const stored = caterer ? loadMyGrid(store) : undefined;
    const outcome = checkBid({
      original: original.book,
      bid: bid.book,
      ...(stored ? { grid: stored.grid } : {}),
      reader: caterer ? "bidder" : "buyer",
    });
    showBidCheck(context, outputs, outcome, stored);
    if (stored === null && outcome.kind === "checked") outputs.note.textContent = t("web.checkBid.grid.none");
  };
  const picker = (which: "original" | "bid", id: string, label: string) => {
    const chosen = filePicker(t, {
      id,
      label,
      accept: ".xlsx",
      onFiles: async ([file]) => {
        const busy = t("pane.returned.busy", { file: file.name });
        const book = await withProgress(t, outputs.status, [chosen.input], busy, () =>
          readWorkbookFile(file),
        );
        if (!book) return;
        files[which] = { name: file.name, book };
        chosenText[which].textContent = t("web.checkBid.chosen", { file: file.name });
        run();
      },
    });
    return chosen;
  };
  const chosenText = {
    original: el("p", { class: "aside", "data-chosen": "original" }),
    bid: el("p", { class: "aside", "data-chosen": "bid" }),
  };
  const original = picker("original", "original-file", t("pane.checkBid.file"));
  const bid = picker(
    "bid",
    "bid-file",
    t(caterer ? "web.checkBid.bid.traiteur" : "web.checkBid.bid.acheteur"),
  );
  return {
    inputs: [
      panel("check-bid-files", t("web.checkBid.files"), [
        original.element,
        chosenText.original,
        bid.element,
        chosenText.bid,
      ]),
    ],
    outputs: [outputs.status, outputs.note, outputs.results],
  };
}

export const checkBidFlow: WebFlow = {
  id: "check-bid",
  titleKey: "web.checkBid.title.acheteur",
  introKey: "web.checkBid.intro.acheteur",
  render,
};

export const checkBeforeSendingFlow: WebFlow = {
  id: "check-before-sending",
  titleKey: "pane.checkBid.title.traiteur",
  introKey: "web.checkBid.intro.traiteur",
  render,
};
