// What a file's first bytes say it is, before anything is unzipped. Kept free of the reader's imports: the command
// line asks it of every file it is given, and a command that only reads JSON loads no zip code.

export const ZIP_MAGIC = [0x50, 0x4b]; // "PK"
export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => data[index] === byte);
}

/**
 * Bytes that are a workbook's, whatever the file's name says: a zip (.xlsx, .xlsm, .ods) or an OLE compound file
 * (.xls, or an .xlsx encrypted with a password). The faces use it to tell a workbook from a JSON file.
 */
export function isWorkbookBytes(data: Uint8Array): boolean {
  return startsWith(data, ZIP_MAGIC) || startsWith(data, CFB_MAGIC);
}
