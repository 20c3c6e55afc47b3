// Sheet protection password hash, in the form Excel itself writes (ECMA-376 Part 1 §18.3.1.85 sheetProtection,
// algorithm of [MS-OFFCRYPTO] §2.3.7.4 with SHA-512): H0 = SHA-512(salt + password as UTF-16LE), then spinCount
// times H = SHA-512(H + iterator as 4-byte little-endian). The legacy 16-bit `password` hash kept only the low
// byte of each character, so "é", "œ" or "€" passwords might not unlock in Excel; it is not written.
// A deterrent against accidental edits of formulas, not a secret: anyone can edit the sheet XML.
// Synchronous and browser-safe (the task pane writes templates): SHA-512 from @noble/hashes, not Node's crypto.

import { sha512 } from "@noble/hashes/sha2";

export const SPIN_COUNT = 100_000;
export const SALT_LENGTH = 16;

/** The source of the salt's random bytes; injectable so that tests get the same bytes every time. */
export type RandomBytes = (length: number) => Uint8Array;

/** Web Crypto's generator, present in browsers and in Node 20 and later. */
export const cryptoRandomBytes: RandomBytes = (length) =>
  globalThis.crypto.getRandomValues(new Uint8Array(length));

/** The attributes of <sheetProtection> that carry the password. */
export interface SheetPasswordHash {
  readonly algorithmName: "SHA-512";
  /** Base64 of the final hash. */
  readonly hashValue: string;
  /** Base64 of the salt. */
  readonly saltValue: string;
  readonly spinCount: number;
}

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 * i] = unit & 0xff;
    bytes[2 * i + 1] = unit >> 8;
  }
  return bytes;
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function sheetPasswordHash(
  password: string,
  salt: Uint8Array,
  spinCount = SPIN_COUNT,
): SheetPasswordHash {
  const text = utf16le(password);
  const first = new Uint8Array(salt.length + text.length);
  first.set(salt);
  first.set(text, salt.length);
  let hash = sha512(first);
  // One buffer for every spin: the previous hash followed by the iterator.
  const block = new Uint8Array(hash.length + 4);
  const view = new DataView(block.buffer);
  for (let iterator = 0; iterator < spinCount; iterator++) {
    block.set(hash);
    view.setUint32(hash.length, iterator, true);
    hash = sha512(block);
  }
  return { algorithmName: "SHA-512", hashValue: base64(hash), saltValue: base64(salt), spinCount };
}

/**
 * The hash of each password of one workbook, computed once: every sheet protected with the same password shares
 * one salt (a fresh one per workbook), so the 100 000 spins run once per workbook, not once per sheet.
 */
export function passwordHasher(
  randomBytes: RandomBytes = cryptoRandomBytes,
): (password: string) => SheetPasswordHash {
  const hashes = new Map<string, SheetPasswordHash>();
  return (password) => {
    let hash = hashes.get(password);
    if (!hash) {
      const salt = randomBytes(SALT_LENGTH);
      if (salt.length !== SALT_LENGTH) throw new Error(`a salt has ${SALT_LENGTH} bytes, got ${salt.length}`);
      hashes.set(password, (hash = sheetPasswordHash(password, salt)));
    }
    return hash;
  };
}
