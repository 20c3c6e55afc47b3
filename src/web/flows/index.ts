import type { MessageKey } from "../../i18n";
import type { RoleId, RoleOffer } from "../../ui/roles";
import { checkBeforeSendingFlow, checkBidFlow } from "./checkBid";
import { checkGridFlow } from "./checkGrid";
import { checkManyFlow } from "./checkMany";
import { collectFlow } from "./collect";
import { compareFlow } from "./compare";
import type { WebFlow } from "./flow";
import { myGridFlow } from "./myGrid";
import { priceFlow } from "./price";
import { scheduleFlow } from "./schedule";
import { templateFlow } from "./template";
import { tenderFlow } from "./tender";

// What each role finds on the page, in order: only flows that are built. A flow that lands adds its module in this
// folder and its lines here (with its `web.flow.*.hint.*` and `role.offer.*` texts), nothing else.

export interface RoleFlow {
  readonly role: RoleId;
  readonly flow: WebFlow;
  /** The card's second line: what the flow does for this role. */
  readonly hintKey: MessageKey;
  /** The flow in a few words, in the role's hint on the role chooser. */
  readonly offerKey: MessageKey;
}

export const ROLE_FLOWS: readonly RoleFlow[] = [
  {
    role: "traiteur",
    flow: templateFlow,
    hintKey: "web.flow.template.hint.traiteur",
    offerKey: "web.offer.template",
  },
  {
    role: "traiteur",
    flow: checkGridFlow,
    hintKey: "web.flow.check.hint.traiteur",
    offerKey: "role.offer.checkGrid",
  },
  {
    role: "traiteur",
    flow: priceFlow,
    hintKey: "web.flow.price.hint.traiteur",
    offerKey: "role.offer.price",
  },
  { role: "traiteur", flow: myGridFlow, hintKey: "web.flow.mygrid.hint", offerKey: "role.offer.myGrid" },
  {
    role: "traiteur",
    flow: tenderFlow,
    hintKey: "web.flow.tender.hint",
    offerKey: "role.offer.answerTender",
  },
  {
    role: "traiteur",
    flow: checkBeforeSendingFlow,
    hintKey: "web.flow.beforeSending.hint",
    offerKey: "role.offer.checkBeforeSending",
  },
  {
    role: "acheteur",
    flow: scheduleFlow,
    hintKey: "web.flow.schedule.hint",
    offerKey: "role.offer.makeSchedule",
  },
  {
    role: "acheteur",
    flow: checkBidFlow,
    hintKey: "web.flow.checkBid.hint",
    offerKey: "role.offer.checkBid",
  },
  {
    role: "acheteur",
    flow: compareFlow,
    hintKey: "web.flow.compare.hint",
    offerKey: "role.offer.compareBids",
  },
  {
    role: "acheteur",
    flow: checkGridFlow,
    hintKey: "web.flow.check.hint.acheteur",
    offerKey: "role.offer.checkReturned",
  },
  {
    role: "acheteur",
    flow: priceFlow,
    hintKey: "web.flow.price.hint.acheteur",
    offerKey: "role.offer.price",
  },
  {
    role: "animateur",
    flow: templateFlow,
    hintKey: "web.flow.template.hint.animateur",
    offerKey: "role.offer.template",
  },
  { role: "animateur", flow: checkManyFlow, hintKey: "web.flow.many.hint", offerKey: "web.offer.checkMany" },
  { role: "animateur", flow: collectFlow, hintKey: "web.flow.collect.hint", offerKey: "role.offer.collect" },
];

/** The flows of a role, in the table's order. */
export function flowsOf(role: RoleId): RoleFlow[] {
  return ROLE_FLOWS.filter((entry) => entry.role === role);
}

export function roleFlow(role: RoleId, id: string): RoleFlow | undefined {
  return ROLE_FLOWS.find((entry) => entry.role === role && entry.flow.id === id);
}

/** The page's offers, for the role chooser's hints (src/ui/roles.ts roleHint). */
export const PAGE_OFFERS: readonly RoleOffer[] = ROLE_FLOWS.map(({ role, offerKey }) => ({
  role,
  key: offerKey,
}));
