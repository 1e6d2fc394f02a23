import { fmt } from '../../../../i18n/fmt';
import { lang } from '../../../../i18n/index';
import type { SyncMessages } from '../../../../i18n/sync';
import type { SyncProblem } from '../../../../state/sync';

/** "1 Dec 2026, 14:02" in the reader's language. */
export function syncTime(iso: string): string {
  return new Intl.DateTimeFormat(lang.value === 'it' ? 'it-IT' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** What a connection or a round ran into, told so the person can act on it. */
export function remoteKindText(m: SyncMessages, kind: string, detail = ''): string {
  const d = m.diagnosis;
  switch (kind) {
    case 'address':
    case 'auth':
    case 'cors':
    case 'quota':
    case 'server':
    case 'network':
    case 'verify':
    case 'preconditions':
      return d[kind];
    default:
      return fmt(d.unknown, { reason: detail || kind });
  }
}

export function problemText(m: SyncMessages, problem: SyncProblem): string {
  if (problem.source === 'remote') return remoteKindText(m, problem.kind);
  if (problem.source === 'other') return fmt(m.diagnosis.unknown, { reason: problem.detail });
  const device = problem.device ?? '';
  switch (problem.reason) {
    case 'remote-empty':
    case 'missing':
    case 'unreadable':
    case 'refused':
      return fmt(m.stop[problem.reason], { device });
    default:
      return fmt(m.diagnosis.unknown, { reason: problem.reason });
  }
}

/** Any error of an action (turn on, change passphrase) as one sentence. */
export function actionErrorText(m: SyncMessages, error: unknown): string {
  const e = error as { name?: unknown; kind?: unknown; reason?: unknown; device?: unknown };
  if (e?.name === 'WrongPassphraseError') return m.passphrase.wrong;
  if (e?.name === 'RemoteError') return remoteKindText(m, String(e.kind));
  if (e?.name === 'SyncStoppedError') {
    return problemText(m, {
      source: 'stop',
      reason: String(e.reason),
      ...(typeof e.device === 'string' ? { device: e.device } : {}),
    });
  }
  const reason = error instanceof Error ? error.message || error.name : String(error);
  return fmt(m.diagnosis.unknown, { reason });
}
