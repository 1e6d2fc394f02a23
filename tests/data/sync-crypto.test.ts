// End-to-end encryption of sync files (src/data/sync/crypto.ts) with Node's WebCrypto and
// CompressionStream, the same APIs the page and the worker use. PBKDF2 at 600,000 iterations
// takes a third of a second each time on an idle machine, many times that on a loaded one: the
// keyring is made once, and the tests wait as long as it takes (no timing is asserted).
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fromBase32, toBase32 } from '../../src/data/sync/bytes';
import {
  createKeyring,
  KeyringError,
  keyringIterations,
  MIN_ITERATIONS,
  newRecoveryKey,
  openFile,
  openKeyring,
  randomName,
  rewrapKeyring,
  sealFile,
  TamperedFileError,
  WrongPassphraseError,
} from '../../src/data/sync/crypto';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const PASSPHRASE = 'corso di moderazione, 45 minuti';
const day = { activities: [{ id: 'a1', title: 'Webinar on moderation', minutes: 45 }] };

let made: Awaited<ReturnType<typeof createKeyring>>;
beforeAll(async () => {
  made = await createKeyring(PASSPHRASE);
});

describe('keyring', () => {
  it('opens with the passphrase: a file sealed with the new key opens with the reopened one', async () => {
    const sealed = await sealFile(made.key, 'dev1/1.bin', day);
    const key = await openKeyring(made.keyring, PASSPHRASE);
    expect(await openFile(key, 'dev1/1.bin', sealed)).toEqual(day);
  });

  it('asks PBKDF2 for at least 600,000 iterations and refuses fewer', async () => {
    expect(MIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(await keyringIterations(made.keyring)).toBeGreaterThanOrEqual(600_000);
    await expect(createKeyring(PASSPHRASE, { iterations: 1000 })).rejects.toThrow(RangeError);
    // A keyring edited on the server to ask for fewer is refused, not used.
    const weak = JSON.parse(new TextDecoder().decode(made.keyring));
    weak.kdf.iterations = 1000;
    const edited = new TextEncoder().encode(JSON.stringify(weak));
    await expect(openKeyring(edited, PASSPHRASE)).rejects.toThrow(KeyringError);
  });

  it('a wrong passphrase is a WrongPassphraseError, not a damaged keyring', async () => {
    await expect(openKeyring(made.keyring, 'Corso di moderazione, 45 minuti')).rejects.toThrow(
      WrongPassphraseError,
    );
    await expect(openKeyring(made.keyring, '')).rejects.toThrow(WrongPassphraseError);
  });

  it('a damaged keyring is a KeyringError', async () => {
    const cut = made.keyring.slice(0, made.keyring.length - 5);
    await expect(openKeyring(cut, PASSPHRASE)).rejects.toThrow(KeyringError);
    await expect(openKeyring(new Uint8Array([0xff, 0xfe]), PASSPHRASE)).rejects.toThrow(
      KeyringError,
    );
  });

  it('the keyring shows no key: only salts, iterations and wrapped keys', () => {
    const text = new TextDecoder().decode(made.keyring);
    expect(Object.keys(JSON.parse(text)).sort()).toEqual([
      'format',
      'kdf',
      'passphrase',
      'recovery',
    ]);
    expect(text).not.toContain(PASSPHRASE);
    expect(text).not.toContain(made.recoveryKey.replaceAll('-', ''));
  });

  it('the handed-out key cannot be exported', async () => {
    expect(made.key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', made.key)).rejects.toThrow();
  });
});

describe('recovery key', () => {
  it('is printable: 8 groups of 4 characters with no I, L, O or U', () => {
    expect(made.recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('opens the keyring too, also typed in lower case with spaces', async () => {
    const sealed = await sealFile(made.key, 'dev1/2.bin', day);
    const typed = made.recoveryKey.toLowerCase().replaceAll('-', ' ');
    const key = await openKeyring(made.keyring, typed);
    expect(await openFile(key, 'dev1/2.bin', sealed)).toEqual(day);
  });

  it('a recovery key of another keyring is a wrong passphrase', async () => {
    const other = await createKeyring('another passphrase');
    await expect(openKeyring(made.keyring, other.recoveryKey)).rejects.toThrow(
      WrongPassphraseError,
    );
  });

  it('can be replaced: the new one opens the same files, the old one and nothing else changes', async () => {
    const sealed = await sealFile(made.key, 'dev1/12.bin', day);
    const renewed = await newRecoveryKey(made.keyring, PASSPHRASE);
    expect(renewed.recoveryKey).not.toBe(made.recoveryKey);
    const key = await openKeyring(renewed.keyring, renewed.recoveryKey);
    expect(await openFile(key, 'dev1/12.bin', sealed)).toEqual(day);
    await expect(openKeyring(renewed.keyring, made.recoveryKey)).rejects.toThrow(
      WrongPassphraseError,
    );
    expect(await openKeyring(renewed.keyring, PASSPHRASE)).toBeTruthy();
  });

  it('base32 round-trips any bytes and reads O as 0, I and L as 1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), (bytes) => {
        expect(fromBase32(toBase32(bytes), 20)).toEqual(bytes);
      }),
    );
    const zeros = toBase32(new Uint8Array(20));
    expect(fromBase32(zeros.replaceAll('0', 'o'), 20)).toEqual(new Uint8Array(20));
    expect(fromBase32('U'.repeat(32), 20)).toBeNull();
    expect(fromBase32('0'.repeat(31), 20)).toBeNull();
  });
});

describe('changing the passphrase', () => {
  it('re-wraps the key only: old files still open, the old passphrase no longer does', async () => {
    const before = await sealFile(made.key, 'dev1/3.bin', day);
    const rewrapped = await rewrapKeyring(made.keyring, PASSPHRASE, 'una frase nuova');
    const key = await openKeyring(rewrapped, 'una frase nuova');
    expect(await openFile(key, 'dev1/3.bin', before)).toEqual(day);
    await expect(openKeyring(rewrapped, PASSPHRASE)).rejects.toThrow(WrongPassphraseError);
    // The recovery key printed at the start still works, and files sealed after open before.
    const byRecovery = await openKeyring(rewrapped, made.recoveryKey);
    const after = await sealFile(byRecovery, 'dev1/4.bin', day);
    expect(await openFile(made.key, 'dev1/4.bin', after)).toEqual(day);
  });

  it('works from the recovery key when the passphrase is forgotten, and needs one of them', async () => {
    const rewrapped = await rewrapKeyring(made.keyring, made.recoveryKey, 'ricordata stavolta');
    expect(await openKeyring(rewrapped, 'ricordata stavolta')).toBeTruthy();
    await expect(rewrapKeyring(made.keyring, 'guess', 'mine now')).rejects.toThrow(
      WrongPassphraseError,
    );
  });

  it('never lowers the iterations', async () => {
    const strong = await createKeyring(PASSPHRASE, { iterations: 700_000 });
    const rewrapped = await rewrapKeyring(strong.keyring, PASSPHRASE, 'next');
    expect(await keyringIterations(rewrapped)).toBe(700_000);
  });
});

describe('sealed files', () => {
  it('round-trip any JSON value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.string({ minLength: 1 }), async (value, id) => {
        const sealed = await sealFile(made.key, id, value);
        // JSON equality: -0 becomes 0, as it would through any JSON file.
        expect(await openFile(made.key, id, sealed)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 40 },
    );
  });

  it('are compressed: a day of repetitive changes seals smaller than its JSON', async () => {
    const changes = Array.from({ length: 200 }, (_, i) => ({
      store: 'activities',
      id: `act-${i}`,
      fields: { title: 'Webinar on moderation', minutes: 45, day: '2026-12-01' },
    }));
    const sealed = await sealFile(made.key, 'dev1/5.bin', changes);
    expect(sealed.length).toBeLessThan(JSON.stringify(changes).length / 5);
  });

  it('never show their content, and two seals of the same value differ (random IV)', async () => {
    const a = await sealFile(made.key, 'dev1/6.bin', { title: 'Webinar on moderation' });
    const b = await sealFile(made.key, 'dev1/6.bin', { title: 'Webinar on moderation' });
    expect(new TextDecoder().decode(a)).not.toContain('moderation');
    expect(a).not.toEqual(b);
  });

  it('refuse a file under another name (swapped or renamed)', async () => {
    const first = await sealFile(made.key, 'dev1/7.bin', { n: 7 });
    await expect(openFile(made.key, 'dev1/8.bin', first)).rejects.toThrow(TamperedFileError);
    await expect(openFile(made.key, 'dev2/7.bin', first)).rejects.toThrow(TamperedFileError);
  });

  it('refuse a file cut short at any length', async () => {
    const sealed = await sealFile(made.key, 'dev1/9.bin', day);
    for (let length = 0; length < sealed.length; length += 7) {
      await expect(openFile(made.key, 'dev1/9.bin', sealed.slice(0, length))).rejects.toThrow(
        TamperedFileError,
      );
    }
  });

  it('refuse a file with any one bit flipped', async () => {
    const sealed = await sealFile(made.key, 'dev1/10.bin', day);
    await fc.assert(
      fc.asyncProperty(fc.nat(sealed.length * 8 - 1), async (bit) => {
        const flipped = sealed.slice();
        flipped[bit >> 3] = (flipped[bit >> 3] ?? 0) ^ (1 << (bit & 7));
        await expect(openFile(made.key, 'dev1/10.bin', flipped)).rejects.toThrow(TamperedFileError);
      }),
      { numRuns: 60 },
    );
  });

  it('refuse a file sealed with another keyring', async () => {
    const other = await createKeyring('another passphrase');
    const sealed = await sealFile(other.key, 'dev1/11.bin', day);
    await expect(openFile(made.key, 'dev1/11.bin', sealed)).rejects.toThrow(TamperedFileError);
  });
});

describe('random names', () => {
  it('are 26 lower-case base32 characters, different every time', () => {
    const names = new Set(Array.from({ length: 1000 }, randomName));
    expect(names.size).toBe(1000);
    for (const name of names) expect(name).toMatch(/^[0-9a-hjkmnp-tv-z]{26}$/);
  });
});
