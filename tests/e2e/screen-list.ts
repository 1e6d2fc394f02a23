// No imports: scripts/screenshots.mjs reads this list too (through Vite), as the e2e tests do.

/**
 * Every screen of the app, by path: the layout, focus and accessibility checks visit each one.
 * A screen added to src/ui/app.tsx (or a sub-route of one) is one more line here. Ids are the
 * records of the sample backup (tests/fixtures/backup-sample.ts) that seed() restores.
 */
export const SCREENS: readonly { name: string; path: string }[] = [
  { name: 'today', path: '/' },
  { name: 'roles', path: '/roles' },
  { name: 'role', path: '/roles/cm' },
  { name: 'custom role', path: '/roles/custom.role.agency' },
  { name: 'skill', path: '/roles/skill/cm.moderation' },
  { name: 'levels to re-confirm', path: '/roles/review' },
  { name: 'new role', path: '/roles/new' },
  { name: 'edit role', path: '/roles/custom.role.agency/edit' },
  { name: 'add skill', path: '/roles/custom.role.agency/add-skill' },
  { name: 'edit skill', path: '/roles/skill/custom.tiktok-live/edit' },
  { name: 'log', path: '/log' },
  { name: 'log form', path: '/log/new' },
  { name: 'edit activity', path: '/log/ac1/edit' },
  { name: 'goals', path: '/goals' },
  { name: 'goal form', path: '/goals/new' },
  { name: 'edit goal', path: '/goals/g1/edit' },
  { name: 'to learn', path: '/goals/to-learn' },
  { name: 'progress', path: '/progress' },
  { name: 'certifications', path: '/progress/certifications' },
  { name: 'certification form', path: '/progress/certifications/new' },
  { name: 'edit certification', path: '/progress/certifications/cert-1' },
  { name: 'reminders', path: '/reminders' },
  { name: 'reminder form', path: '/reminders/new' },
  { name: 'edit reminder', path: '/reminders/r1/edit' },
  { name: 'settings', path: '/settings' },
  { name: 'restore', path: '/settings/restore' },
  { name: 'settings reminders', path: '/settings/reminders' },
  { name: 'settings storage', path: '/settings/storage' },
  { name: 'settings sync', path: '/settings/sync' },
  { name: 'not found', path: '/no-such-screen' },
];
