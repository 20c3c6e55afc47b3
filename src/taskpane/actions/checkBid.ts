import type { Grid } from "../../core/grid";
import { readSnapshot, type ExcelHost } from "../../excel";
import { checkBid, type BidCheck } from "../../usecases/check-bid";
import { readWorkbook } from "../../xlsx/read";

// Check the bid open in Excel against its original: the original chosen as a file and read in the pane by the xlsx
// door (nothing is uploaded), the open workbook read by the Excel door in one Excel.run, then the use case.

export interface OriginalFile {
  readonly bytes: Uint8Array;
  readonly name: string;
}

/** `bidName`: how messages name the open workbook ("le classeur ouvert"). */
export async function checkOpenBid(
  host: ExcelHost,
  original: OriginalFile,
  bidName: string,
  grid?: Grid,
): Promise<BidCheck> {
  const tender = await readWorkbook(original.bytes, original.name);
  const bid = await readSnapshot(host, { source: bidName });
  return checkBid({ original: tender, bid, ...(grid ? { grid } : {}) });
}
