// Work a save starts and does not wait for: a lazy chunk, a moment of recognition. Kept track of
// so whoever must know it is over (a test ending, a page about to close) can wait for it, and its
// failure never reaches the person as an error: the save itself already went through.
const pending = new Set<Promise<void>>();

export function inBackground(task: () => Promise<unknown>): void {
  const running: Promise<void> = Promise.resolve()
    .then(task)
    .then(
      () => undefined,
      (error: unknown) => console.warn('background task failed', error),
    )
    .finally(() => pending.delete(running));
  pending.add(running);
}

/** Resolves once nothing started with inBackground is still running. */
export async function backgroundSettled(): Promise<void> {
  while (pending.size > 0) await Promise.all(pending);
}
