import type { Grid } from "../../core/grid";
import { readSnapshot, type ExcelHost } from "../../excel";
import { checkBid, type BidCheck } from "../../usecases/check-bid";
import { readWorkbook } from "../../xlsx/read";

// Check the bid open in Excel against its original: the original chosen as a file and read in the pane by the xlsx
// door (nothing is uploaded), the open workbook read by the Excel door in one Excel.run (its findings name it as
// Excel does), then the use case.

export interface OriginalFile {
  readonly bytes: Uint8Array;
  readonly name: string;
}

/** The bid open in Excel checked against its original: for its bidder (with its grid) or for the buyer. */
export async function checkOpenBid(
  host: ExcelHost,
  original: OriginalFile,
  reader: "buyer" | "bidder",
  grid?: Grid,
): Promise<BidCheck> {
  const tender = await readWorkbook(original.bytes, original.name);
  const bid = await readSnapshot(host);
  return checkBid({ original: tender, bid, reader, ...(grid ? { grid } : {}) });
}
