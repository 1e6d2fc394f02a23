/**
 * localStorage keys that mirror a few settings for the inline boot script in index.html
 * (scripts/first-paint/boot-script.ts), which runs before any module and cannot open IndexedDB.
 * Hints only: IndexedDB stays the source of truth, and a missing hint costs a prefetch, no more.
 */
export const BOOT_HINT_KEYS = {
  /** 'light' | 'dark' | 'system' */
  theme: 'stt-theme',
  /** '1' once onboarding is done: prefetch Today, not Welcome. */
  onboarded: 'stt-onboarded',
  /** 'en' | 'it', the chosen language: prefetch its strings. */
  lang: 'stt-lang',
} as const;
