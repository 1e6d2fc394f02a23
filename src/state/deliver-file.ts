// Handing a file the app made (backup, CSV, calendar, skill pack) to the user.

export type Delivery = 'shared' | 'downloaded' | 'cancelled';

/**
 * Hands a file to the user: the share sheet where it can share files (iOS and Android, where a
 * download lands somewhere hard to find), else a plain download.
 */
export async function deliverFile(name: string, type: string, body: string): Promise<Delivery> {
  const file = new File([body], name, { type });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: name });
      return 'shared';
    } catch (error) {
      if ((error as { name?: unknown }).name === 'AbortError') return 'cancelled';
      // NotAllowedError and friends: fall back to a download.
    }
  }
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return 'downloaded';
}
