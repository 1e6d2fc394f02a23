export const shell = {
  skipToContent: 'Skip to content',
  nav: {
    label: 'Main',
    today: 'Today',
    roles: 'Roles',
    log: 'Log',
    goals: 'Goals',
    progress: 'Progress',
    settings: 'Settings',
  },
  update: {
    ready: 'A new version is ready.',
    reload: 'Reload',
    later: 'Later',
    screenMissing: {
      title: 'A new version is ready',
      body: 'This tab still runs the previous version, and the update replaced the file of this screen. Reload to use the new version: everything you saved stays on this device.',
    },
  },
  trouble: {
    blocking: 'Self-Training Tracker was updated in another tab. Reload to keep going.',
    version: 'A newer version of the app saved your data. Reload to use it.',
    terminated: 'The browser closed the database. Reload to keep going.',
    'changed-elsewhere': 'Your data was restored in another tab. Reload to see it.',
    reload: 'Reload',
  },
  offline: 'Offline: everything still works and is saved on this device.',
  notFound: {
    title: 'Page not found',
    body: 'This page does not exist. Your data is safe.',
    home: 'Go to Today',
  },
  comingSoon: 'This screen is coming in a future update.',
  bootError: 'The app could not open its storage on this device: {reason}',
} as const;
