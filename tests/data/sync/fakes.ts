import { NO_PROGRESS, type RoundDeps, type SyncProgress } from '../../../src/data/sync/engine';
import type {
  Change,
  ChangeLog,
  RemoteFile,
  RemoteStore,
  SyncCrypto,
} from '../../../src/data/sync/ports';

// Small in-memory stand-ins for the sync interfaces (TEAM.md), for testing the round's logic.
// The real WebDAV client, crypto and record model have their own tests and the e2e journeys.

const enc = new TextEncoder();
const dec = new TextDecoder();

/** A WebDAV folder in memory. `honoursPreconditions: false` behaves like nginx's dav module. */
export class MemoryRemote implements RemoteStore {
  readonly files = new Map<string, Uint8Array>();
  readonly dirs = new Set<string>();
  requests: string[] = [];
  honoursPreconditions = true;
  /** Runs before each request: throw to simulate a failure, or change the files. */
  onRequest: (op: string, path: string) => void = () => {};
  /** Writes the file and then fails (the answer was lost), or writes a cut copy. */
  afterWrite: (path: string, bytes: Uint8Array) => Uint8Array | 'lost' | undefined = () =>
    undefined;

  private hit(op: string, path: string) {
    this.requests.push(`${op} ${path}`);
    this.onRequest(op, path);
  }

  /** Depth 1, as PROPFIND lists: the files directly in `dir`, and its folders. */
  async list(dir: string): Promise<RemoteFile[]> {
    this.hit('LIST', dir);
    const prefix = dir === '' || dir.endsWith('/') ? dir : `${dir}/`;
    const out: RemoteFile[] = [];
    if (prefix === '') for (const d of this.dirs) out.push({ path: `${d}/`, dir: true });
    for (const path of this.files.keys()) {
      const rest = path.slice(prefix.length);
      if (path.startsWith(prefix) && rest !== '' && !rest.includes('/')) out.push({ path });
    }
    return out;
  }

  async get(path: string) {
    this.hit('GET', path);
    const bytes = this.files.get(path);
    return bytes ? { bytes: bytes.slice(), etag: `"${bytes.length}"` } : null;
  }

  async create(path: string, bytes: Uint8Array): Promise<'created' | 'exists'> {
    this.hit('PUT', path);
    const existed = this.files.has(path);
    if (this.honoursPreconditions && existed) return 'exists';
    const dir = path.split('/')[0] ?? '';
    if (path.includes('/') && !this.dirs.has(dir))
      throw Object.assign(new Error('409'), { kind: 'server' });
    const after = this.afterWrite(path, bytes);
    this.files.set(path, after instanceof Uint8Array ? after : bytes.slice());
    if (after === 'lost') throw Object.assign(new Error('500 after write'), { kind: 'server' });
    // As webdav.ts reports it: a 204 to a create means the server overwrote a file.
    if (existed) throw Object.assign(new Error('204 overwrote'), { kind: 'preconditions' });
    if (after instanceof Uint8Array)
      throw Object.assign(new Error('read back differs'), { kind: 'verify' });
    return 'created';
  }

  async replace(path: string, bytes: Uint8Array, _etag: string): Promise<'replaced' | 'changed'> {
    this.hit('PUT', path);
    this.files.set(path, bytes.slice());
    return 'replaced';
  }

  async remove(path: string): Promise<void> {
    this.hit('DELETE', path);
    this.files.delete(path);
  }

  async ensureDir(path: string): Promise<void> {
    this.hit('MKCOL', path);
    this.dirs.add(path.replace(/\/$/, ''));
  }

  /** Removes a device's files (someone cleaning up on the server). */
  dropDevice(device: string) {
    for (const path of [...this.files.keys()])
      if (path.startsWith(`${device}.`)) this.files.delete(path);
  }

  /** The names of a device's files, sorted. */
  filesOf(device: string): string[] {
    return [...this.files.keys()].filter((p) => p.startsWith(`${device}.`)).sort();
  }
}

/** Stand-in crypto: the file id is bound to the content, as AES-GCM's additional data does. */
export const fakeCrypto: SyncCrypto = {
  async createKeyring(passphrase) {
    const key = { fake: 'key' } as unknown as CryptoKey;
    return { keyring: enc.encode(JSON.stringify({ passphrase })), key, recoveryKey: 'RK-1' };
  },
  async openKeyring(keyring, pass) {
    const { passphrase } = JSON.parse(dec.decode(keyring)) as { passphrase: string };
    if (pass !== passphrase && pass !== 'RK-1') {
      throw Object.assign(new Error('wrong'), { name: 'WrongPassphraseError' });
    }
    return { fake: 'key' } as unknown as CryptoKey;
  },
  async rewrapKeyring(_keyring, _key, passphrase) {
    return enc.encode(JSON.stringify({ passphrase }));
  },
  async sealFile(_key, fileId, value) {
    return enc.encode(JSON.stringify({ fileId, value }));
  },
  async openFile(_key, fileId, bytes) {
    const parsed = JSON.parse(dec.decode(bytes)) as { fileId: string; value: unknown };
    if (parsed.fileId !== fileId) throw new Error('file id does not match');
    return parsed.value;
  },
};

interface FieldValue {
  readonly value: unknown;
  readonly hlc: string;
}

/**
 * A record model in memory: fields merge independently, the later clock wins, a change seen
 * twice is harmless, a delete is a tombstone. Enough to watch what the round does.
 */
export class MemoryChangeLog implements ChangeLog {
  readonly records = new Map<string, { fields: Map<string, FieldValue>; deleted?: string }>();
  private log: { n: number; change: Change }[] = [];
  private sent = 0;
  private n = 0;
  private clock = 0;
  applyCalls = 0;

  constructor(readonly device: string) {}

  private tick(): string {
    this.clock++;
    return `${String(this.clock).padStart(10, '0')}-${this.device}`;
  }

  private observe(hlc: string) {
    this.clock = Math.max(this.clock, Number(hlc.split('-')[0]));
  }

  edit(store: string, id: string, fields: Record<string, unknown>) {
    const change: Change = { store, id, device: this.device, hlc: this.tick(), fields };
    this.merge(change);
    this.log.push({ n: ++this.n, change });
  }

  remove(store: string, id: string) {
    const change: Change = { store, id, device: this.device, hlc: this.tick(), deleted: true };
    this.merge(change);
    this.log.push({ n: ++this.n, change });
  }

  /** The visible records: store/id -> fields. */
  view(): Record<string, Record<string, unknown>> {
    const out: Record<string, Record<string, unknown>> = {};
    for (const [key, r] of [...this.records].sort()) {
      if (r.deleted) continue;
      out[key] = Object.fromEntries([...r.fields].map(([f, v]) => [f, v.value]));
    }
    return out;
  }

  private merge(change: Change): boolean {
    const key = `${change.store}/${change.id}`;
    const record = this.records.get(key) ?? { fields: new Map<string, FieldValue>() };
    this.records.set(key, record);
    let changed = false;
    if (change.deleted) {
      if (!record.deleted || record.deleted < change.hlc) {
        changed = record.deleted !== change.hlc;
        record.deleted = change.hlc;
      }
    }
    for (const [field, value] of Object.entries(change.fields ?? {})) {
      const old = record.fields.get(field);
      if (!old || old.hlc < change.hlc) {
        record.fields.set(field, { value, hlc: change.hlc });
        changed = true;
      }
    }
    return changed;
  }

  async pendingChanges() {
    const list = this.log.filter((e) => e.n > this.sent);
    return { changes: list.map((e) => e.change), upTo: this.n };
  }
  async markSent(upTo: number) {
    this.sent = Math.max(this.sent, upTo);
  }
  async applyRemoteChanges(changes: Change[]) {
    this.applyCalls++;
    let applied = 0;
    for (const c of changes) {
      this.observe(c.hlc);
      if (this.merge(c)) applied++;
    }
    return { applied, conflicts: 0 };
  }
  async fullState(): Promise<Change[]> {
    const out: Change[] = [];
    for (const [key, r] of this.records) {
      const [store = '', id = ''] = key.split('/');
      for (const [field, v] of r.fields) {
        out.push({
          store,
          id,
          device: v.hlc.split('-')[1] ?? '',
          hlc: v.hlc,
          fields: { [field]: v.value },
        });
      }
      if (r.deleted) out.push({ store, id, device: '', hlc: r.deleted, deleted: true });
    }
    return out;
  }
  async localDeviceId() {
    return this.device;
  }
}

/** One device of the person: its record model, its kept progress, its round. */
export function device(id: string, remote: MemoryRemote, name = id) {
  const changes = new MemoryChangeLog(id);
  let progress: SyncProgress = NO_PROGRESS;
  const state = { safetySnapshots: 0 };
  const deps = (): RoundDeps => ({
    remote,
    crypto: fakeCrypto,
    changes,
    key: { fake: 'key' } as unknown as CryptoKey,
    deviceName: name,
    snapshotEvery: 4,
    loadProgress: async () => progress,
    saveProgress: async (p) => {
      progress = p;
    },
    beforeFirstMerge: async () => {
      state.safetySnapshots++;
    },
  });
  return {
    id,
    changes,
    state,
    deps,
    get progress() {
      return progress;
    },
    forgetProgress() {
      progress = NO_PROGRESS;
    },
    /** As an earlier version (or an earlier round) left it. */
    setProgress(p: SyncProgress) {
      progress = p;
    },
  };
}

/** A folder with a keyring, as after the first device turned sync on. */
export async function remoteWithKeyring(): Promise<MemoryRemote> {
  const remote = new MemoryRemote();
  remote.files.set('keyring', (await fakeCrypto.createKeyring('correct horse')).keyring);
  return remote;
}
