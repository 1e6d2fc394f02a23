/**
 * Paths a user who has not chosen roles yet may open; every other one shows Welcome. A new
 * phone restores its backup before choosing roles: the restore screen stays open too. Also read
 * at build time by the boot script (scripts/first-paint/boot-script.ts), which shows the pre-rendered
 * Welcome only where the app is going to show it.
 */
export const OPEN_BEFORE_ONBOARDING: readonly string[] = [
  '/welcome',
  '/settings',
  '/settings/restore',
  '/settings/reminders',
  '/settings/storage',
];
