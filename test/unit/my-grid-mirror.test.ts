import { mirrorMyGrid, myGridStore } from "../../src/taskpane/actions/myGridStore";
import { MY_GRID_KEY, PREVIOUS_GRID_KEY, restorePreviousGrid, saveMyGrid } from "../../src/usecases/my-grid";
import { loadGrid } from "./pricing-helpers";

// The pane keeps my grid in localStorage; where the host has OfficeRuntime.storage (checked with its requirement
// sets), every save, import and restore of my grid is also written there for the Excel functions.

const reference = loadGrid("reference");

class MapStore {
  readonly map = new Map<string, string>();
  getItem = (key: string) => this.map.get(key) ?? null;
  setItem = (key: string, value: string) => void this.map.set(key, value);
  removeItem = (key: string) => void this.map.delete(key);
}

/** A fake OfficeRuntime.storage: what was written, and when a write settles. */
function installSharedStorage() {
  const shared = new Map<string, string>();
  (globalThis as Record<string, unknown>).OfficeRuntime = {
    storage: {
      setItem: async (key: string, value: string) => void shared.set(key, value),
      removeItem: async (key: string) => void shared.delete(key),
    },
  };
  return shared;
}

const host = (sets: Record<string, string>) => ({
  isSetSupported: (name: string, version: string) => name in sets && sets[name] >= version,
});
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => delete (globalThis as Record<string, unknown>).OfficeRuntime);

test.each<Record<string, string>>([{ CustomFunctionsRuntime: "1.1" }, { SharedRuntime: "1.1" }])(
  "with %o: a save and a restore of my grid are mirrored; the previous grid stays in the pane",
  async (sets) => {
    const shared = installSharedStorage();
    const local = new MapStore();
    const store = myGridStore(host(sets), local);
    saveMyGrid(store, reference);
    await settled();
    expect(shared.get(MY_GRID_KEY)).toBe(local.map.get(MY_GRID_KEY));
    const first = local.map.get(MY_GRID_KEY);
    saveMyGrid(store, reference, new Date("2027-01-02T10:00:00Z"));
    restorePreviousGrid(store);
    await settled();
    expect(shared.get(MY_GRID_KEY)).toBe(first);
    expect(shared.has(PREVIOUS_GRID_KEY)).toBe(false);
  },
);

test("without the requirement sets, or without OfficeRuntime, the pane's storage alone", async () => {
  const shared = installSharedStorage();
  const local = new MapStore();
  expect(myGridStore(host({ ExcelApi: "1.8" }), local)).toBe(local);
  delete (globalThis as Record<string, unknown>).OfficeRuntime;
  const store = myGridStore(host({ CustomFunctionsRuntime: "1.1" }), local);
  saveMyGrid(store, reference);
  await settled();
  expect(shared.size).toBe(0);
  expect(local.map.has(MY_GRID_KEY)).toBe(true);
});

test("a grid saved before the functions existed is mirrored when the pane opens", async () => {
  const local = new MapStore();
  saveMyGrid(local, reference);
  const shared = installSharedStorage();
  mirrorMyGrid(host({ CustomFunctionsRuntime: "1.1" }), local);
  await settled();
  expect(shared.get(MY_GRID_KEY)).toBe(local.map.get(MY_GRID_KEY));
});
