import type { Lang } from "../../i18n";
import { XLSX_TYPE, offerDownload } from "../../ui/download";
import { makeTemplate } from "../../usecases/make-template";
import { writeWorkbook } from "../../xlsx/write";

// What the page makes, offered as downloads: the use case's plan written by the xlsx door in this page, handed to the
// browser as a Blob URL (src/ui/download.ts). The browser saves it where it saves downloads, or asks.

export async function offerBlankTemplate(
  options: { readonly lang: Lang; readonly password?: string },
  fileName: string,
): Promise<void> {
  const bytes = await writeWorkbook(makeTemplate(options));
  offerDownload(new Uint8Array(bytes), XLSX_TYPE, fileName);
}
