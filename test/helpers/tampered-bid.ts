import JSZip from "jszip";

// A bid as a bidder may really have sent it, made from a public bid file by editing its sheet's XML: a price typed
// as text ("12,50 €": Excel then shows #VALUE! in the amount computed from it) and an amount whose cached result
// differs from quantity × unit price. The xlsx door's fill refuses such edits, rightly; a bidder's Excel does not.

const SHEET = "xl/worksheets/sheet1.xml";

function replaceCell(
  xml: string,
  ref: string,
  replace: (attributes: string, body: string) => string,
): string {
  const pattern = new RegExp(`<c r="${ref}"([^>]*)>(.*?)</c>`);
  if (!pattern.test(xml)) throw new Error(`no cell ${ref} in ${SHEET}`);
  return xml.replace(pattern, (_all, attributes: string, body: string) => replace(attributes, body));
}

export interface Tamper {
  /** Cell to hold `text` typed as text (an inline string). */
  readonly textPrice: { readonly cell: string; readonly text: string; readonly amountCell: string };
  /** Formula cell whose cached value becomes `value`. */
  readonly wrongAmount: { readonly cell: string; readonly value: number };
}

export async function tamperedBid(bytes: Uint8Array, tamper: Tamper): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file(SHEET)!.async("string");
  const { textPrice, wrongAmount } = tamper;
  xml = replaceCell(xml, textPrice.cell, (attributes) => {
    const style = /\ss="\d+"/.exec(attributes)?.[0] ?? "";
    return `<c r="${textPrice.cell}"${style} t="inlineStr"><is><t>${textPrice.text}</t></is></c>`;
  });
  xml = replaceCell(xml, textPrice.amountCell, (attributes, body) => {
    const formula = /<f>.*?<\/f>/.exec(body)?.[0] ?? "";
    return `<c r="${textPrice.amountCell}"${attributes.replace(/\st="\w+"/, "")} t="e">${formula}<v>#VALUE!</v></c>`;
  });
  xml = replaceCell(xml, wrongAmount.cell, (attributes, body) => {
    const formula = /<f>.*?<\/f>/.exec(body)?.[0] ?? "";
    return `<c r="${wrongAmount.cell}"${attributes}>${formula}<v>${wrongAmount.value}</v></c>`;
  });
  zip.file(SHEET, xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
