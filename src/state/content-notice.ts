import { computed, signal } from '@preact/signals';
import { markNoticeSeen, noticeSeenVersion } from '../data/content-notice';
import { type NewsSince, newsSince } from '../domain/catalog/news';
import { CONTENT_VERSION } from '../domain/catalog/version';
import { followedRoles } from './catalog';
import { userMessageFor } from './errors';
import { showToast } from './toast';

// "What changed in the skills you follow", once per content version (Today's notice).

/** The content version whose news was seen; null until read. */
const seenVersion = signal<number | null>(null);

/** Reads which news was seen. A failed read shows nothing (the next start tries again). */
export async function loadContentNotice(): Promise<void> {
  seenVersion.value = await noticeSeenVersion().catch(() => CONTENT_VERSION);
}

/** The news for the followed roles since the version last seen, or null when there is none. */
export const contentNews = computed<NewsSince | null>(() => {
  const seen = seenVersion.value;
  if (seen === null || seen >= CONTENT_VERSION) return null;
  const news = newsSince(seen, CONTENT_VERSION, followedRoles.value);
  return news.roles.length > 0 ? news : null;
});

/**
 * Hides the notice at once and stores the dismissal. If the save is refused (full disk) it says
 * why; the notice stays hidden in this session and comes back at the next start.
 */
export async function dismissContentNotice(): Promise<void> {
  seenVersion.value = CONTENT_VERSION;
  try {
    await markNoticeSeen(CONTENT_VERSION);
  } catch (error) {
    showToast({ message: userMessageFor(error), tone: 'error' });
  }
}
