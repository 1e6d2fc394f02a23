import { useState } from 'preact/hooks';
import { fmt } from '../../../../i18n/fmt';
import type { SyncMessages } from '../../../../i18n/sync';
import {
  changePassphrase,
  removeThisDevice,
  type SyncSetupView,
  setSyncEnabled,
} from '../../../../state/sync';
import { actionErrorText } from './words';

/** This device's setup, turning sync off and on, leaving sync: each explicit, none deletes data. */
export function SyncDeviceCard({ m, setup }: { m: SyncMessages; setup: SyncSetupView }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const act = async (run: () => Promise<void>, done?: string) => {
    setBusy(true);
    setNote(null);
    try {
      await run();
      if (done) setNote(done);
    } catch (error) {
      setNote(actionErrorText(m, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card" aria-labelledby="sync-device-h">
      <h2 id="sync-device-h">{m.device.heading}</h2>
      <p>
        <bdi>{fmt(m.device.name, { name: setup.deviceName })}</bdi>
      </p>
      <p>{fmt(m.device.server, { url: setup.url })}</p>
      <p>
        <bdi>{fmt(m.device.user, { user: setup.user })}</bdi>
      </p>
      <p class="muted">{m.off.text}</p>
      <div class="restore-actions">
        <button
          type="button"
          class="btn btn--secondary"
          disabled={busy}
          onClick={() => void act(() => setSyncEnabled(!setup.enabled))}
        >
          {setup.enabled ? m.off.button : m.off.on}
        </button>
      </div>
      {confirming ? (
        <div class="restore-confirm">
          <p>{m.remove.confirm}</p>
          <div class="restore-actions">
            <button
              type="button"
              class="btn btn--danger btn--small"
              disabled={busy}
              onClick={() => void act(removeThisDevice)}
            >
              {m.remove.confirmButton}
            </button>
            <button
              type="button"
              class="btn btn--ghost btn--small"
              onClick={() => setConfirming(false)}
            >
              {m.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="btn btn--ghost" onClick={() => setConfirming(true)}>
          {m.remove.button}
        </button>
      )}
      <p aria-live="polite" class="muted">
        {note ?? ''}
      </p>
      <ChangePassphrase m={m} />
    </section>
  );
}

function ChangePassphrase({ m }: { m: SyncMessages }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; warn: boolean } | null>(null);
  const c = m.change;
  const submit = async () => {
    if (next.length < 10) return setNote({ text: m.passphrase.tooShort, warn: true });
    if (next !== repeat) return setNote({ text: m.passphrase.mismatch, warn: true });
    setBusy(true);
    setNote(null);
    try {
      await changePassphrase(current.trim(), next);
      setCurrent('');
      setNext('');
      setRepeat('');
      setNote({ text: c.done, warn: false });
    } catch (error) {
      setNote({ text: actionErrorText(m, error), warn: true });
    } finally {
      setBusy(false);
    }
  };
  const input = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={id === 'sync-current' ? 'off' : 'new-password'}
        value={value}
        onInput={(e) => set(e.currentTarget.value)}
      />
    </div>
  );
  return (
    <details style={{ marginTop: '1rem' }}>
      <summary
        class="link-action"
        style={{ cursor: 'pointer', fontWeight: 650, color: 'var(--primary)' }}
      >
        {c.heading}
      </summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {input('sync-current', c.current, current, setCurrent)}
        {input('sync-next', c.next, next, setNext)}
        {input('sync-next-repeat', m.passphrase.repeat, repeat, setRepeat)}
        <button type="submit" class="btn btn--secondary" disabled={busy}>
          {c.button}
        </button>
      </form>
      <p aria-live="polite" class={note?.warn ? 'note note--warn' : 'muted'}>
        {note?.text ?? ''}
      </p>
    </details>
  );
}
