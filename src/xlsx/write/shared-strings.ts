// The shared string table of a new workbook: each distinct text stored once, referenced by index.

import { escapeXml } from "../xml";

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];
  private uses = 0;

  indexOf(text: string): number {
    this.uses++;
    let found = this.index.get(text);
    if (found === undefined) {
      found = this.items.length;
      this.items.push(text);
      this.index.set(text, found);
    }
    return found;
  }

  get size(): number {
    return this.items.length;
  }

  xml(): string {
    const items = this.items.map((text) => {
      const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
      return `<si><t${space}>${escapeXml(text)}</t></si>`;
    });
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.items.length}">` +
      `${items.join("")}</sst>`
    );
  }
}
