import type { Translate } from "../../i18n";
import { backButton } from "../../ui/parts";
import type { RoleId } from "../../ui/roles";
import type { Route } from "../router";

/** The "back" of a flow screen: to the role it was opened from. */
export function backToRole(t: Translate, navigate: (route: Route) => void, role: RoleId): HTMLButtonElement {
  return backButton(t("pane.back"), () => navigate({ name: "role", role }));
}
