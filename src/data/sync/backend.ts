import {
  applyRemoteChanges,
  disableSync,
  enableSync,
  fullState,
  listConflicts,
  localDeviceId,
  markSent,
  pendingChanges,
  resolveConflict,
} from './changes';
import { createKeyring, openFile, openKeyring, rewrapKeyring, sealFile } from './crypto';
import { diagnoseConnection } from './diagnose';
import { KEYRING } from './layout';
import type { Diagnosis, ServerConfig, SyncBackend } from './service';
import { webdavStore } from './webdav';

// The real pieces behind Settings → Sync: the WebDAV client and the connection test
// (sync-core), the crypto (sync-core), the record model and its conflicts (sync-model).

/** The app keeps its files in a folder of its own at the address the person gives. */
export const SYNC_FOLDER = 'Self-Training Tracker';

const storeFor = (server: ServerConfig) =>
  webdavStore({
    url: server.url,
    folder: SYNC_FOLDER,
    user: server.user,
    password: server.password,
  });

export const syncBackend: SyncBackend = {
  openRemote: storeFor,
  async diagnose(server): Promise<Diagnosis> {
    const store = storeFor(server);
    const d = await diagnoseConnection(store, server.url);
    // A server that ignores preconditions still syncs safely (each device writes only new
    // files of its own, read before written again): said as a note, not refused.
    if (d.verdict === 'ok' || d.verdict === 'preconditions') {
      const existing = (await store.get(KEYRING)) !== null;
      return { ok: true, existing, ignoresPreconditions: d.verdict === 'preconditions' };
    }
    return {
      ok: false,
      kind: d.verdict === 'unreachable' ? 'network' : d.verdict,
      detail: d.detail,
    };
  },
  crypto: { createKeyring, openKeyring, rewrapKeyring, sealFile, openFile },
  changes: {
    pendingChanges: () => pendingChanges(),
    markSent,
    applyRemoteChanges: (changes) => applyRemoteChanges(changes),
    fullState,
    localDeviceId,
  },
  listConflicts,
  resolveConflict,
  enable: () => enableSync().then(() => {}),
  disable: disableSync,
};
