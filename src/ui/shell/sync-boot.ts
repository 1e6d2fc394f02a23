// The boot's door to sync, with no imports of its own: the entry then names one small file
// to fetch (not the sync code's whole dependency list), which keeps the first visit as it was.
export const boot = () => import('./sync-status').then((s) => s.showSyncStatus());
