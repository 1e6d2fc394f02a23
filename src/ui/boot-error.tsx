/** Shown when storage cannot open at all (e.g. disabled by the browser). Both languages, no i18n. */
export function BootError({ error }: { error: unknown }) {
  const reason = error instanceof Error ? error.message : String(error);
  return (
    <main class="boot-error">
      <h1>Self-Training Tracker</h1>
      <p>The app could not open its storage on this device: {reason}</p>
      <p lang="it">L’app non è riuscita ad aprire l’archivio su questo dispositivo: {reason}</p>
    </main>
  );
}
