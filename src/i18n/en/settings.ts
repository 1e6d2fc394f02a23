export const settings = {
  title: 'Settings',
  more: 'More settings',
  roles: {
    heading: 'Your roles',
    following: 'You follow',
    none: 'You follow no role yet.',
    change: 'Change in Roles',
  },
  language: {
    legend: 'Language',
    en: 'English',
    it: 'Italiano',
  },
  theme: {
    legend: 'Theme',
    system: 'Same as the device',
    light: 'Light',
    dark: 'Dark',
  },
  sync: 'Sync',
  storage: {
    heading: 'Storage on this device',
    usage: '{used} used of about {quota} available to this app',
    usageUnknown: 'This browser does not tell how much space is used.',
    persisted: 'Persistent: the browser will not clear this data to free space.',
    notPersisted:
      'Not persistent yet: under storage pressure the browser may clear this data. Install the app and back up regularly.',
    persistUnknown: 'This browser does not say whether the data is persistent.',
    askPersist: 'Ask to keep data',
    safariTab:
      'In Safari, data of websites not opened for 7 days can be deleted. Add this app to your Home Screen (Share → Add to Home Screen) and back up regularly.',
  },
  about: {
    heading: 'About',
    version: 'Version {version}',
    privacy: 'Everything stays on this device. No account, no server, no tracking.',
  },
} as const;
