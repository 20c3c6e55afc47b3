import { MY_GRID_KEY } from "../usecases/my-grid";
import { savedGrid, type SavedGrid } from "../usecases/cell-price";

// My grid as the pane mirrored it into OfficeRuntime.storage (src/taskpane/actions/myGridStore.ts): the functions'
// runtime has no localStorage. Read on every call, so a grid saved again in the pane prices the next recalculation;
// parsed once per saved text, so a sheet of a thousand cells does not read the same grid a thousand times.

let last: { readonly text: string | null; readonly grid: SavedGrid } | undefined;

export async function loadSharedGrid(): Promise<SavedGrid> {
  const storage = typeof OfficeRuntime === "undefined" ? undefined : OfficeRuntime.storage;
  const text = storage ? await storage.getItem(MY_GRID_KEY) : null;
  if (last?.text !== text) last = { text, grid: savedGrid(text) };
  return last.grid;
}
