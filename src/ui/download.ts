// Offers data as a file download from the page or the pane: a Blob URL on a temporary link, clicked. The data never
// leaves the computer (a Blob URL names memory of this page, not a server); the URL is released once the browser has
// taken the file. Works under the offline page's Content-Security-Policy (a download is no fetch).

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const RELEASE_AFTER_MS = 10_000;

export function offerDownload(data: BlobPart, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), RELEASE_AFTER_MS);
}
