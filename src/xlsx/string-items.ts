// The text of a string item: a shared string (<si>) or an inline string (<is>). Plain (<t>) or rich-text runs
// (<r><rPr/><t/></r>) read as their text joined; phonetic runs (<rPh>, Japanese readings) are not part of it.

import { SPREADSHEET } from "./namespaces";
import type { XmlHandler, XmlTag } from "./xml-reader";

/** Collects one item's text from the events inside it; elements are given by SpreadsheetML local name ("" else). */
export class StringItemText {
  private phonetic = 0;
  private inText = false;
  value = "";

  open(local: string): void {
    if (local === "rPh") this.phonetic++;
    else if (local === "t" && this.phonetic === 0) this.inText = true;
  }

  close(local: string): void {
    if (local === "rPh") this.phonetic--;
    else if (local === "t") this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.value += text;
  }
}

/** Reads the shared strings part (`<sst><si>…</si></sst>`) into its texts, by index. */
export class SharedStringsReader implements XmlHandler {
  readonly strings: string[] = [];
  private depth = 0;
  private item: StringItemText | undefined;

  open(tag: XmlTag): void {
    const local = SPREADSHEET.has(tag.uri) ? tag.local : "";
    this.depth++;
    if (this.item) this.item.open(local);
    else if (this.depth === 2 && local === "si") this.item = new StringItemText();
  }

  close(tag: XmlTag): void {
    const local = SPREADSHEET.has(tag.uri) ? tag.local : "";
    this.depth--;
    if (this.item && this.depth === 1) {
      this.strings.push(this.item.value);
      this.item = undefined;
    } else this.item?.close(local);
  }

  text(text: string): void {
    this.item?.text(text);
  }
}
