import type { ReturnedGrid } from "../../core/collection";
import { readReturnedGrid } from "../../usecases/collect-grids";
import { readChosenGridFile } from "../../xlsx/chosen-file";

// The facilitator's returned grids chosen as files, read in this page one at a time (nothing uploaded) by the xlsx
// door's readChosenGridFile, as the pane reads them. Only each file's line and findings are kept, not its snapshot.

/** Lets the page draw the progress between two files. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads the chosen files in order, saying which one is being read. */
export async function readReturnedFiles(
  files: readonly File[],
  today: string,
  progress: (index: number, file: string) => void,
): Promise<ReturnedGrid[]> {
  const grids: ReturnedGrid[] = [];
  for (const [index, file] of files.entries()) {
    progress(index, file.name);
    await nextFrame();
    grids.push(readReturnedGrid(await readChosenGridFile(file), { today }));
  }
  return grids;
}
