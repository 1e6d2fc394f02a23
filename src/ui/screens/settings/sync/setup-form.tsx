import { useState } from 'preact/hooks';
import type { SyncMessages } from '../../../../i18n/sync';
import { testConnection, turnOn } from '../../../../state/sync';
import { actionErrorText, remoteKindText } from './words';

const MIN_PASSPHRASE = 10;
type Tested = { existing: boolean; ignoresPreconditions: boolean };

/** A well-formed folder address: https, or http only to this machine (a local test server). */
function validUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (
      u.protocol === 'https:' ||
      (u.protocol === 'http:' && /^(localhost|127\.0\.0\.1)$/.test(u.hostname))
    );
  } catch {
    return false;
  }
}

/**
 * The first set-up: the folder and its app password, a connection test that says what is
 * wrong, then the passphrase (chosen twice for a new folder; once, or the recovery key, to join).
 */
export function SyncSetupForm({
  m,
  onRecoveryKey,
}: {
  m: SyncMessages;
  onRecoveryKey: (key: string) => void;
}) {
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [tested, setTested] = useState<Tested | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const f = m.form;
  const server = { url: url.trim(), user: user.trim(), password };
  const edit = (set: (v: string) => void) => (e: Event) => {
    set((e.currentTarget as HTMLInputElement).value);
    setTested(null);
  };

  const test = async () => {
    setProblem(null);
    if (!server.url || !server.user || !server.password) return setProblem(f.required);
    if (!validUrl(server.url)) return setProblem(f.badUrl);
    setBusy(f.testing);
    try {
      const d = await testConnection(server);
      if (d.ok) setTested({ existing: d.existing, ignoresPreconditions: d.ignoresPreconditions });
      else setProblem(remoteKindText(m, d.kind, d.detail));
    } catch (error) {
      setProblem(actionErrorText(m, error));
    } finally {
      setBusy(null);
    }
  };

  const start = async () => {
    setProblem(null);
    if (!tested) return;
    if (!tested.existing) {
      if (passphrase.length < MIN_PASSPHRASE) return setProblem(m.passphrase.tooShort);
      if (passphrase !== repeat) return setProblem(m.passphrase.mismatch);
    }
    setBusy(m.turningOn);
    try {
      const name = deviceName.trim() || f.defaultDeviceName;
      const out = await turnOn({ ...server, deviceName: name, passphrase: passphrase.trim() });
      if (out.recoveryKey) onRecoveryKey(out.recoveryKey);
    } catch (error) {
      setProblem(actionErrorText(m, error));
    } finally {
      setBusy(null);
    }
  };

  const field = (
    id: string,
    label: string,
    value: string,
    onInput: (e: Event) => void,
    extra: Record<string, unknown> = {},
    hint?: string,
  ) => (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        value={value}
        onInput={onInput}
        aria-describedby={hint ? `${id}-hint` : undefined}
        {...extra}
      />
      {hint && (
        <span id={`${id}-hint`} class="hint">
          {hint}
        </span>
      )}
    </div>
  );

  return (
    <section class="card sync-setup" aria-labelledby="sync-setup-h">
      <h2 id="sync-setup-h">{f.heading}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void (tested ? start() : test());
        }}
      >
        {field(
          'sync-url',
          f.url,
          url,
          edit(setUrl),
          { type: 'url', inputMode: 'url', autoComplete: 'url', spellcheck: false },
          f.urlHint,
        )}
        {field('sync-user', f.user, user, edit(setUser), {
          type: 'text',
          autoComplete: 'username',
          autoCapitalize: 'none',
          spellcheck: false,
        })}
        {field(
          'sync-password',
          f.password,
          password,
          edit(setPassword),
          { type: 'password', autoComplete: 'current-password' },
          f.passwordHint,
        )}
        {field(
          'sync-device',
          f.deviceName,
          deviceName,
          (e) => setDeviceName((e.currentTarget as HTMLInputElement).value),
          { type: 'text', maxLength: 80, placeholder: f.defaultDeviceName },
          f.deviceNameHint,
        )}
        {!tested && (
          <button type="submit" class="btn" disabled={busy !== null}>
            {f.test}
          </button>
        )}
        {tested && (
          <>
            <p class="note" role="status" data-testid="sync-tested">
              {tested.existing ? m.test.existing : m.test.empty}
            </p>
            {tested.ignoresPreconditions && (
              <p class="note note--warn">{m.diagnosis.preconditions}</p>
            )}
            {tested.existing ? (
              field(
                'sync-passphrase',
                m.passphrase.existing,
                passphrase,
                (e) => setPassphrase((e.currentTarget as HTMLInputElement).value),
                { type: 'password', autoComplete: 'off' },
              )
            ) : (
              <>
                {field(
                  'sync-passphrase',
                  m.passphrase.create,
                  passphrase,
                  (e) => setPassphrase((e.currentTarget as HTMLInputElement).value),
                  { type: 'password', autoComplete: 'new-password' },
                  m.passphrase.createHint,
                )}
                {field(
                  'sync-repeat',
                  m.passphrase.repeat,
                  repeat,
                  (e) => setRepeat((e.currentTarget as HTMLInputElement).value),
                  { type: 'password', autoComplete: 'new-password' },
                )}
              </>
            )}
            <button type="submit" class="btn" disabled={busy !== null}>
              {m.turnOn}
            </button>
          </>
        )}
      </form>
      <p
        aria-live="polite"
        class={problem ? 'note note--warn' : 'muted'}
        data-testid="sync-problem"
      >
        {busy ?? problem ?? ''}
      </p>
    </section>
  );
}
