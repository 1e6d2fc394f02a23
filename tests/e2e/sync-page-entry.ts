// What the Chromium sync tests load into a page of the built app, until the app itself loads
// the sync chunk: the remote side and the crypto exactly as the app will use them.
export * from '../../src/data/sync/crypto';
export { diagnoseConnection } from '../../src/data/sync/diagnose';
export { webdavStore } from '../../src/data/sync/webdav';
