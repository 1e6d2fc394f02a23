// Byte helpers for sync: base64 for the keyring's fields, Crockford base32 for names and the
// printable recovery key, gzip through the platform's streams. Page, worker and Node 20 alike.

export const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

export function concatBytes(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Throws on anything that is not base64 (atob's own check). */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

// Crockford's alphabet: no I, L, O, U, so a printed key cannot be misread as 1/0 or a word.
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function toBase32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/**
 * Reads base32 as a person may have typed it: any case, spaces and dashes ignored, O read as 0
 * and I or L as 1. Null when a character is not base32 or the length is not `length` bytes.
 */
export function fromBase32(text: string, length: number): Uint8Array<ArrayBuffer> | null {
  const clean = text
    .toUpperCase()
    .replaceAll(/[\s-]/g, '')
    .replaceAll('O', '0')
    .replaceAll(/[IL]/g, '1');
  if (clean.length !== Math.ceil((length * 8) / 5)) return null;
  const out = new Uint8Array(length);
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of clean) {
    const digit = BASE32.indexOf(char);
    if (digit < 0) return null;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      if (at < length) out[at++] = (value >>> (bits - 8)) & 255;
      bits -= 8;
    }
  }
  return at === length ? out : null;
}

/** A random name for files and devices (26 base32 characters, 128 bits): tells the server nothing. */
export function randomName(): string {
  return toBase32(randomBytes(16)).toLowerCase();
}

async function throughStream(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export const gzip = (bytes: Uint8Array<ArrayBuffer>) =>
  throughStream(bytes, new CompressionStream('gzip'));
export const gunzip = (bytes: Uint8Array<ArrayBuffer>) =>
  throughStream(bytes, new DecompressionStream('gzip'));
