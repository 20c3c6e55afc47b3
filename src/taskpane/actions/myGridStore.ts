import { MY_GRID_KEY, type KeyValueStore } from "../../usecases/my-grid";
import type { HostEnvironment } from "../host";

// My grid is kept in the pane's localStorage; the Excel functions (=GRILLE.PRIX…) run in another runtime that has no
// localStorage, only OfficeRuntime.storage, shared by the pane and the functions. This store writes my grid to both:
// the pane reads localStorage as before, the functions read the mirror. Nothing leaves the computer either way.

/** Where OfficeRuntime.storage exists: an add-in with custom functions, or the shared runtime. */
const SHARED_STORAGE_SETS: readonly (readonly [name: string, version: string])[] = [
  ["CustomFunctionsRuntime", "1.1"],
  ["SharedRuntime", "1.1"],
];

type Host = Pick<HostEnvironment, "isSetSupported">;

function sharedStorage(host: Host): OfficeRuntime.Storage | null {
  const supported = SHARED_STORAGE_SETS.some(([name, version]) => host.isSetSupported(name, version));
  if (!supported || typeof OfficeRuntime === "undefined") return null;
  return OfficeRuntime.storage ?? null;
}

/** Writes my grid's current value to the shared storage; a failure only costs the functions a fresh copy. */
function mirror(storage: OfficeRuntime.Storage, value: string | null): void {
  const done = value === null ? storage.removeItem(MY_GRID_KEY) : storage.setItem(MY_GRID_KEY, value);
  done.catch((error: unknown) => console.warn("my grid not mirrored for the Excel functions", error));
}

/** localStorage, whose writes of my grid are mirrored to OfficeRuntime.storage when the host has it. */
export function myGridStore(host: Host, local: KeyValueStore = window.localStorage): KeyValueStore {
  const storage = sharedStorage(host);
  if (!storage) return local;
  const after = (key: string) => {
    if (key === MY_GRID_KEY) mirror(storage, local.getItem(MY_GRID_KEY));
  };
  return {
    getItem: (key) => local.getItem(key),
    setItem: (key, value) => {
      local.setItem(key, value);
      after(key);
    },
    removeItem: (key) => {
      local.removeItem(key);
      after(key);
    },
  };
}

/** Copies my grid as the pane has it to the shared storage: for a grid saved before the functions existed. */
export function mirrorMyGrid(host: Host, local: KeyValueStore = window.localStorage): void {
  const storage = sharedStorage(host);
  const value = local.getItem(MY_GRID_KEY);
  if (storage && value !== null) mirror(storage, value);
}
