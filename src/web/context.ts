import type { Lang, Translate } from "../i18n";
import type { RoleId } from "../ui/roles";
import type { KeyValueStore } from "../usecases/my-grid";

// What every screen of the page is given: the reader's language, this page's storage and address, and the way to
// another screen.

/** The page's screens: the role chooser, a role's tools, one tool (a flow) of a role. */
export type PageRoute =
  | { readonly name: "roles" }
  | { readonly name: "role"; readonly role: RoleId }
  | { readonly name: "flow"; readonly role: RoleId; readonly flow: string };

export interface PageContext {
  readonly t: Translate;
  readonly lang: Lang;
  /** My grid's storage: this browser's, on this computer, for this page's address. */
  readonly store: KeyValueStore;
  /** The page's address without its fragment (the storage belongs to it), as the user can read it. */
  readonly address: string;
  navigate(route: PageRoute): void;
}

/** A flow's screen is drawn for one of its roles (a buyer's and a caterer's "price" differ a little). */
export interface FlowContext extends PageContext {
  readonly role: RoleId;
}
