// The keyring file as stored on the server (JSON, readable by it): salts, PBKDF2 iterations and
// the data key wrapped twice. Read back through a strict valibot schema, loaded only when a
// keyring is read (valibot then comes as its own chunk, shared with the rest of the app).
import { utf8 } from './bytes';

/** OWASP's 2023 floor for PBKDF2-SHA256; a keyring may ask for more, never for less. */
export const MIN_ITERATIONS = 600_000;
/** Refused above this: a keyring from the server must not be able to freeze the device. */
export const MAX_ITERATIONS = 10_000_000;

export interface Keyring {
  readonly format: 1;
  readonly kdf: {
    readonly name: 'PBKDF2-SHA256';
    readonly iterations: number;
    readonly salt: string;
  };
  /** The data key wrapped (AES-KW) by the passphrase's key, base64. */
  readonly passphrase: string;
  /** The data key wrapped by the recovery key's key, and that derivation's salt, base64. */
  readonly recovery: { readonly salt: string; readonly wrapped: string };
}

/** The keyring is not one this app can read (damaged, or from a newer version). */
export class KeyringError extends Error {
  override readonly name = 'KeyringError';
}

export const encodeKeyring = (keyring: Keyring) => utf8(JSON.stringify(keyring));

export async function decodeKeyring(bytes: Uint8Array): Promise<Keyring> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (cause) {
    throw new KeyringError('The sync keyring is not readable.', { cause });
  }
  const v = await import('valibot');
  const Base64 = v.pipe(v.string(), v.maxLength(200), v.base64());
  const schema = v.strictObject({
    format: v.literal(1),
    kdf: v.strictObject({
      name: v.literal('PBKDF2-SHA256'),
      iterations: v.pipe(
        v.number(),
        v.integer(),
        v.minValue(MIN_ITERATIONS),
        v.maxValue(MAX_ITERATIONS),
      ),
      salt: Base64,
    }),
    passphrase: Base64,
    recovery: v.strictObject({ salt: Base64, wrapped: Base64 }),
  });
  const result = v.safeParse(schema, json);
  if (!result.success) throw new KeyringError('The sync keyring is damaged or from a newer app.');
  return result.output satisfies Keyring;
}
