import type { MessageKey } from "../i18n";

// The three ways into the pane. Names and hints are the product's (src/i18n/messages/common.ts).
export type RoleId = "traiteur" | "acheteur" | "animateur";

export interface Role {
  readonly id: RoleId;
  readonly nameKey: MessageKey;
  readonly hintKey: MessageKey;
}

export const ROLES: readonly Role[] = [
  { id: "traiteur", nameKey: "role.traiteur", hintKey: "role.traiteur.hint" },
  { id: "acheteur", nameKey: "role.acheteur", hintKey: "role.acheteur.hint" },
  { id: "animateur", nameKey: "role.animateur", hintKey: "role.animateur.hint" },
];

export function isRoleId(value: unknown): value is RoleId {
  return ROLES.some((role) => role.id === value);
}

export function roleById(id: RoleId): Role {
  const role = ROLES.find((candidate) => candidate.id === id);
  if (!role) throw new Error(`Unknown role ${id}`);
  return role;
}
