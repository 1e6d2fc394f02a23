// One JSON form per content, whatever the key order: the restore compares records with it, and
// sync stamps a record from before sync with a hash of it (sync/hook.ts initialClocks).

/** JSON with sorted keys: two records are identical when their content is, whatever key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
