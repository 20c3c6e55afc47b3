// The download widget is shared with the offline page: it lives in src/ui/download.ts.
export { offerDownload } from "../../ui/download";
