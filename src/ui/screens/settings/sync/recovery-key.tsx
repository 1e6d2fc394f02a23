import { useEffect, useRef, useState } from 'preact/hooks';
import type { SyncMessages } from '../../../../i18n/sync';

/** The recovery key, shown once right after the keyring was made: print it or copy it. */
export function RecoveryKeyCard({
  m,
  recoveryKey,
  onDone,
}: {
  m: SyncMessages;
  recoveryKey: string;
  onDone: () => void;
}) {
  const r = m.recovery;
  const [copied, setCopied] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // The most important thing on the page now: the screen reader hears it first.
  useEffect(() => heading.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(recoveryKey);
      setCopied(true);
    } catch {
      // No clipboard here: the key stays on screen to be written down or printed.
    }
  };
  return (
    <section class="card" aria-labelledby="sync-recovery-h">
      <h2 id="sync-recovery-h" ref={heading} tabIndex={-1}>
        {r.heading}
      </h2>
      <p>{r.text}</p>
      <p
        data-testid="recovery-key"
        style={{
          font: '1.25rem ui-monospace, monospace',
          padding: '0.75rem',
          border: '2px dashed var(--border)',
          borderRadius: '10px',
        }}
      >
        {recoveryKey}
      </p>
      <div class="restore-actions">
        <button type="button" class="btn btn--secondary" onClick={() => print()}>
          {r.print}
        </button>
        <button type="button" class="btn btn--secondary" onClick={() => void copy()}>
          {r.copy}
        </button>
        <button type="button" class="btn" onClick={onDone}>
          {r.done}
        </button>
      </div>
      <p aria-live="polite" class="muted">
        {copied ? r.copied : ''}
      </p>
    </section>
  );
}
