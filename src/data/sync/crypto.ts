// End-to-end encryption of sync files, WebCrypto only (page, worker and Node 20).
//
// One random AES-GCM data key encrypts every file. The keyring (stored on the server beside the
// files, readable by it) holds that key twice, wrapped with AES-KW:
// - by a key derived from the sync passphrase (PBKDF2-SHA256, iterations and salt kept in the
//   keyring so a later version can raise them on the next passphrase change);
// - by a key derived (HKDF) from a random 160-bit recovery secret, printed once as the recovery
//   key. A second wrap rather than printing the data key itself: a new recovery key can then
//   replace a lost or leaked printout by rewriting the keyring, with no file re-encrypted, and the
//   data key never has to leave WebCrypto (the key handed out is not extractable).
// A file is JSON, gzip-compressed, then AES-GCM with a random 96-bit IV and the file's identity
// (its remote path) as additional data, so a file swapped, renamed or cut short fails to open.
import {
  concatBytes,
  fromBase32,
  fromBase64,
  gunzip,
  gzip,
  randomBytes,
  toBase32,
  toBase64,
  utf8,
} from './bytes';

import {
  decodeKeyring,
  encodeKeyring,
  type Keyring,
  MAX_ITERATIONS,
  MIN_ITERATIONS,
} from './keyring-format';

export { KeyringError } from './keyring-format';
export { MIN_ITERATIONS };

const RECOVERY_BYTES = 20;
const FILE_MAGIC = utf8('STT\u0001');
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class WrongPassphraseError extends Error {
  override readonly name = 'WrongPassphraseError';
  constructor() {
    super('This passphrase or recovery key does not open the sync data.');
  }
}

/** A file that was changed, swapped for another, renamed or cut short: its content is refused. */
export class TamperedFileError extends Error {
  override readonly name = 'TamperedFileError';
  constructor(readonly fileId: string) {
    super(`The file ${fileId} was changed or is not the one expected: it was not read.`);
  }
}

const subtle = () => globalThis.crypto.subtle;
const KW = { name: 'AES-KW', length: 256 } as const;

async function passphraseKek(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
) {
  const material = await subtle().importKey(
    'raw',
    utf8(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    KW,
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function recoveryKek(secret: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>) {
  const material = await subtle().importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: utf8('stt sync recovery key') },
    material,
    KW,
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

const wrap = async (key: CryptoKey, kek: CryptoKey) =>
  new Uint8Array(await subtle().wrapKey('raw', key, kek, 'AES-KW'));

/** AES-KW checks integrity: unwrapping with the wrong key-encryption key throws. */
function unwrap(wrapped: Uint8Array<ArrayBuffer>, kek: CryptoKey, extractable: boolean) {
  return subtle().unwrapKey('raw', wrapped, kek, 'AES-KW', 'AES-GCM', extractable, [
    'encrypt',
    'decrypt',
  ]);
}

/** Groups of four, the way a person copies it: 'ABCD-EFGH-…' (32 characters, 160 bits). */
const formatRecoveryKey = (secret: Uint8Array) =>
  (toBase32(secret).match(/.{1,4}/g) ?? []).join('-');

async function wrapForPassphrase(key: CryptoKey, passphrase: string, iterations: number) {
  if (passphrase.length === 0) throw new RangeError('The sync passphrase is empty.');
  if (!(iterations >= MIN_ITERATIONS && iterations <= MAX_ITERATIONS)) {
    throw new RangeError(`PBKDF2 iterations must be ${MIN_ITERATIONS} to ${MAX_ITERATIONS}.`);
  }
  const salt = randomBytes(16);
  const wrapped = await wrap(key, await passphraseKek(passphrase, salt, iterations));
  return {
    kdf: { name: 'PBKDF2-SHA256' as const, iterations, salt: toBase64(salt) },
    passphrase: toBase64(wrapped),
  };
}

/**
 * A new random data key in a new keyring. The recovery key is shown to the person once and never
 * stored; `key` (not extractable) encrypts and decrypts files.
 */
export async function createKeyring(
  passphrase: string,
  options: { iterations?: number } = {},
): Promise<{ keyring: Uint8Array; key: CryptoKey; recoveryKey: string }> {
  const dataKey = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  const secret = randomBytes(RECOVERY_BYTES);
  const recoverySalt = randomBytes(16);
  const recoveryWrapped = await wrap(dataKey, await recoveryKek(secret, recoverySalt));
  const keyring: Keyring = {
    format: 1,
    ...(await wrapForPassphrase(dataKey, passphrase, options.iterations ?? MIN_ITERATIONS)),
    recovery: { salt: toBase64(recoverySalt), wrapped: toBase64(recoveryWrapped) },
  };
  // Hand out a non-extractable copy: nothing in the page can read the raw key from it.
  const key = await unwrap(recoveryWrapped, await recoveryKek(secret, recoverySalt), false);
  return { keyring: encodeKeyring(keyring), key, recoveryKey: formatRecoveryKey(secret) };
}

async function unlock(keyring: Keyring, secret: string, extractable: boolean): Promise<CryptoKey> {
  const recovery = fromBase32(secret, RECOVERY_BYTES);
  if (recovery) {
    const kek = await recoveryKek(recovery, fromBase64(keyring.recovery.salt));
    const key = await unwrap(fromBase64(keyring.recovery.wrapped), kek, extractable).catch(
      () => null,
    );
    if (key) return key;
    // Not the recovery key: it may still be a passphrase that happens to look like one.
  }
  const { salt, iterations } = keyring.kdf;
  const kek = await passphraseKek(secret, fromBase64(salt), iterations);
  try {
    return await unwrap(fromBase64(keyring.passphrase), kek, extractable);
  } catch {
    throw new WrongPassphraseError();
  }
}

/**
 * The data key, from the passphrase or the recovery key (told apart by its shape).
 * WrongPassphraseError when neither opens it; KeyringError when the keyring is unreadable.
 */
export async function openKeyring(keyring: Uint8Array, secret: string): Promise<CryptoKey> {
  return unlock(await decodeKeyring(keyring), secret, false);
}

/**
 * A new passphrase: only the keyring changes (the data key is re-wrapped, files stay as they
 * are, the recovery key keeps working). `current` is the current passphrase or the recovery key
 * (so a forgotten passphrase can be replaced); iterations never go down.
 */
export async function rewrapKeyring(
  keyring: Uint8Array,
  current: string,
  newPassphrase: string,
  options: { iterations?: number } = {},
): Promise<Uint8Array> {
  const old = await decodeKeyring(keyring);
  const dataKey = await unlock(old, current, true);
  const iterations = Math.max(options.iterations ?? MIN_ITERATIONS, old.kdf.iterations);
  return encodeKeyring({
    ...old,
    ...(await wrapForPassphrase(dataKey, newPassphrase, iterations)),
  });
}

/**
 * A new recovery key, for a printout lost or seen by someone else: the old one stops working,
 * the passphrase and every file stay as they are. `current`: the passphrase or the recovery key.
 */
export async function newRecoveryKey(
  keyring: Uint8Array,
  current: string,
): Promise<{ keyring: Uint8Array; recoveryKey: string }> {
  const old = await decodeKeyring(keyring);
  const dataKey = await unlock(old, current, true);
  const secret = randomBytes(RECOVERY_BYTES);
  const salt = randomBytes(16);
  const wrapped = await wrap(dataKey, await recoveryKek(secret, salt));
  return {
    keyring: encodeKeyring({
      ...old,
      recovery: { salt: toBase64(salt), wrapped: toBase64(wrapped) },
    }),
    recoveryKey: formatRecoveryKey(secret),
  };
}

/** PBKDF2 iterations the keyring asks for (shown in tests and diagnostics). */
export async function keyringIterations(keyring: Uint8Array): Promise<number> {
  return (await decodeKeyring(keyring)).kdf.iterations;
}

const additionalData = (fileId: string) => concatBytes(FILE_MAGIC, utf8(fileId));

/** JSON → gzip → AES-GCM, bound to `fileId` (the file's remote path). */
export async function sealFile(
  key: CryptoKey,
  fileId: string,
  value: unknown,
): Promise<Uint8Array> {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('sealFile: the value has no JSON form.');
  const iv = randomBytes(IV_BYTES);
  const sealed = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(fileId) },
    key,
    await gzip(utf8(json)),
  );
  return concatBytes(FILE_MAGIC, iv, new Uint8Array(sealed));
}

/** The value sealed under `fileId`; TamperedFileError for anything else (or another key). */
export async function openFile(
  key: CryptoKey,
  fileId: string,
  bytes: Uint8Array,
): Promise<unknown> {
  const head = FILE_MAGIC.length;
  const magicOk = FILE_MAGIC.every((b, i) => bytes[i] === b);
  if (!magicOk || bytes.length < head + IV_BYTES + TAG_BYTES) throw new TamperedFileError(fileId);
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt(
      {
        name: 'AES-GCM',
        iv: bytes.slice(head, head + IV_BYTES),
        additionalData: additionalData(fileId),
      },
      key,
      bytes.slice(head + IV_BYTES),
    );
  } catch {
    throw new TamperedFileError(fileId);
  }
  // Authenticated by now: a failure below is this app's own bug, reported the same way.
  try {
    return JSON.parse(new TextDecoder().decode(await gunzip(new Uint8Array(plain))));
  } catch {
    throw new TamperedFileError(fileId);
  }
}

export { randomName } from './bytes';
