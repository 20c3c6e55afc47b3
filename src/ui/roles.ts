import type { MessageKey } from "../i18n";

// The three ways into the product, and what each can do in this build. A role's hint is the list of its offers,
// so it never promises a feature that is not there: a feature that lands (answer a tender, compare bids) adds its
// phrase to the catalog and its entry to ROLE_OFFERS, nothing else.
export type RoleId = "traiteur" | "acheteur" | "animateur";

export interface Role {
  readonly id: RoleId;
  readonly nameKey: MessageKey;
}

export const ROLES: readonly Role[] = [
  { id: "traiteur", nameKey: "role.traiteur" },
  { id: "acheteur", nameKey: "role.acheteur" },
  { id: "animateur", nameKey: "role.animateur" },
];

/** One thing a role can do now, in a few words (`role.offer.*`). */
export interface RoleOffer {
  readonly role: RoleId;
  readonly key: MessageKey;
}

export const ROLE_OFFERS: readonly RoleOffer[] = [
  { role: "traiteur", key: "role.offer.createGrid" },
  { role: "traiteur", key: "role.offer.checkGrid" },
  { role: "traiteur", key: "role.offer.price" },
  { role: "traiteur", key: "role.offer.answerTender" },
  { role: "traiteur", key: "role.offer.myGrid" },
  { role: "traiteur", key: "role.offer.cellPrice" },
  { role: "traiteur", key: "role.offer.checkBeforeSending" },
  { role: "acheteur", key: "role.offer.checkReturned" },
  { role: "acheteur", key: "role.offer.price" },
  { role: "acheteur", key: "role.offer.makeSchedule" },
  { role: "acheteur", key: "role.offer.checkBid" },
  { role: "acheteur", key: "role.offer.compareBids" },
  { role: "animateur", key: "role.offer.template" },
  { role: "animateur", key: "role.offer.checkReturned" },
  { role: "animateur", key: "role.offer.collect" },
];

/** The offers of a role, in the order of ROLE_OFFERS. */
export function offersOf(role: RoleId, offers: readonly RoleOffer[] = ROLE_OFFERS): MessageKey[] {
  return offers.filter((offer) => offer.role === role).map((offer) => offer.key);
}

export function isRoleId(value: unknown): value is RoleId {
  return ROLES.some((role) => role.id === value);
}

export function roleById(id: RoleId): Role {
  const role = ROLES.find((candidate) => candidate.id === id);
  if (!role) throw new Error(`Unknown role ${id}`);
  return role;
}

/**
 * A role's hint: what it can do in this build, its offers in a row ("Créer… · Vérifier… · Calculer…"). A face whose
 * tools differ (the offline page) passes its own offers.
 */
export function roleHint(
  t: (key: MessageKey) => string,
  role: RoleId,
  offers: readonly RoleOffer[] = ROLE_OFFERS,
): string {
  return offersOf(role, offers)
    .map((key) => t(key))
    .join(" · ");
}
