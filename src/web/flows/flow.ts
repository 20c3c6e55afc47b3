import type { MessageKey } from "../../i18n";
import type { FlowContext } from "../context";

// One tool of the page, in its own module: its title, and the screen it draws on the use cases. On a wide screen the
// page lays `inputs` (what the user chooses and fills) and `outputs` (status, results) side by side.

export interface FlowScreen {
  readonly inputs: readonly HTMLElement[];
  readonly outputs: readonly HTMLElement[];
}

export interface WebFlow {
  /** The flow's place in the page's address (#/role/id) and its cards' `data-flow`. */
  readonly id: string;
  readonly titleKey: MessageKey;
  /** One sentence under the title: what the screen does. */
  readonly introKey: MessageKey;
  render(context: FlowContext): FlowScreen;
}
