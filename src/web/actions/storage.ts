import type { KeyValueStore } from "../../usecases/my-grid";

// This page's browser storage (localStorage): kept by this browser, on this computer, for the page's address. A
// browser that refuses it (private mode of some, a policy) throws as soon as it is touched: the page then keeps
// nothing between visits and each action that needs storage says so in words (errorMessage: "storage").

class StorageRefused extends Error {
  override readonly name = "QuotaExceededError";
}

/** Every call throws: no storage for this page. */
const REFUSING: KeyValueStore = {
  getItem: () => null,
  setItem: () => {
    throw new StorageRefused("storage refused");
  },
  removeItem: () => undefined,
};

export function pageStore(win: Window = window): KeyValueStore {
  try {
    const storage = win.localStorage;
    storage.getItem("");
    return storage;
  } catch {
    return REFUSING;
  }
}
