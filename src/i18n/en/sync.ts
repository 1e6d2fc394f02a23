// Sync's strings: a lazy part of the catalog, loaded with the sync code (src/i18n/sync.ts), so
// a person who never turns sync on never downloads them. Italian: ../it/sync.ts (same shape).
export const sync = {
  heading: 'Sync',
  intro:
    'Keep your history on your phone and your laptop through storage you already have: Nextcloud, ownCloud, a NAS or any WebDAV account. Everything is encrypted on this device before it leaves; the storage sees random file names, their sizes and times, nothing else.',
  status: {
    heading: 'Status',
    off: 'Sync is off on this device.',
    syncing: 'Syncing…',
    synced: 'Synced {time}.',
    never: 'Not synced yet.',
    offline: 'Offline: it will sync when the connection is back.',
    error: 'The last sync did not finish. {message}',
    lastSynced: 'Last synced {time}.',
    skew: 'The clock of one of your devices is about {n} minutes ahead of this one. Sync still works; setting the date and time to automatic on each device keeps “who changed it last” right.',
    conflicts: {
      one: '1 conflict to look at, below.',
      other: '{n} conflicts to look at, below.',
    },
    received: {
      one: '1 change arrived from your other devices.',
      other: '{n} changes arrived from your other devices.',
    },
  },
  shell: {
    synced: 'Synced',
    syncing: 'Syncing',
    offline: 'Sync waiting',
    error: 'Sync problem',
    conflicts: 'Sync conflicts',
  },
  syncNow: 'Sync now',
  form: {
    heading: 'Your storage',
    url: 'Folder address (WebDAV)',
    urlHint:
      'Your WebDAV address; the app keeps its files in a folder “Self-Training Tracker” there. With Nextcloud: https://your-cloud.example/remote.php/dav/files/USER/',
    user: 'User name',
    password: 'App password',
    passwordHint:
      'Make one just for this app in your storage’s security settings. It stays on this device.',
    deviceName: 'Name of this device',
    deviceNameHint: 'Your other devices show it beside conflicts, e.g. “Phone”.',
    defaultDeviceName: 'This device',
    test: 'Test connection',
    testing: 'Testing the connection…',
    required: 'Fill in the address, the user name and the app password.',
    badUrl: 'The address must start with https:// (or http://localhost).',
  },
  test: {
    empty: 'Connected. The folder is empty: choose a sync passphrase to start.',
    existing:
      'Connected. This folder already holds your synced data: type the sync passphrase you chose on your other device, or the recovery key.',
  },
  diagnosis: {
    address:
      'Nothing answers as a WebDAV folder at this address. Check it, and that the folder exists (with Nextcloud the address ends in /remote.php/dav/files/USER/FOLDER/).',
    auth: 'The server refused the user name or the app password. Check both; with Nextcloud use an app password (Settings → Security → Devices & sessions).',
    cors: 'The server answers, but does not let a web app talk to it (it sends no CORS headers). Stock Nextcloud does this: install the WebAppPassword app and add this app’s address to its allowed origins, or reach your storage through a proxy that adds CORS headers.',
    preconditions:
      'Note: this server overwrites files even when told not to (it ignores WebDAV preconditions). Sync still works, since each device writes only new files of its own; only a passphrase changed on two devices at once could lose one of the changes.',
    quota:
      'The storage is full, or refuses files this size. Free some space there, then try again.',
    server: 'The server had a problem. Try again in a while.',
    network: 'No answer from the server. Check the address and your connection.',
    verify:
      'The server did not keep a file as it was written. Nothing was changed on this device; try again later.',
    unknown: 'Something unexpected went wrong: {reason}',
  },
  passphrase: {
    create: 'Choose a sync passphrase',
    createHint:
      'Not the app password: this one encrypts your data, and the storage never sees it. At least 10 characters; a few words are easy to remember.',
    repeat: 'Type the passphrase again',
    existing: 'Sync passphrase or recovery key',
    tooShort: 'Use at least 10 characters.',
    mismatch: 'The two passphrases are not the same.',
    wrong:
      'This passphrase does not open your synced data. Check it, or use the recovery key printed when sync was set up.',
  },
  turnOn: 'Turn on sync',
  turningOn: 'Turning sync on… (deriving the key takes a moment)',
  recovery: {
    heading: 'Your recovery key',
    text: 'If the sync passphrase is ever forgotten, this key opens your synced data. It is shown only now: print it or copy it somewhere safe, not in the same storage.',
    print: 'Print',
    copy: 'Copy',
    copied: 'Copied.',
    done: 'I have kept it',
  },
  device: {
    heading: 'This device',
    name: 'Name: {name}',
    server: 'Folder: {url}',
    user: 'User: {user}',
  },
  off: {
    button: 'Turn sync off',
    text: 'Sync stops on this device. Nothing is deleted, here or on the server; you can turn it on again at any time.',
    on: 'Turn sync on again',
  },
  remove: {
    button: 'Remove this device from sync',
    confirm:
      'This device forgets the server, the app password and the key. Your data stays on this device and on the server, and your other devices go on syncing.',
    confirmButton: 'Remove from sync',
    done: 'This device no longer syncs. All its data is still here.',
  },
  change: {
    heading: 'Change the sync passphrase',
    current: 'Current passphrase or recovery key',
    next: 'New passphrase',
    button: 'Change passphrase',
    done: 'Passphrase changed. Your other devices keep syncing; a new device will need the new one.',
  },
  stop: {
    'remote-empty':
      'The sync folder on the server has no keyring: it was emptied or replaced, or the address points elsewhere. Nothing was changed on this device. If it was emptied on purpose, remove this device from sync and set it up again.',
    missing:
      'Part of the synced data of “{device}” is missing on the server. Nothing was changed on this device. Open the app on “{device}”, or put the files back on the server.',
    unreadable:
      'A file of “{device}” on the server cannot be decrypted: it was changed, damaged or written with another key. Nothing was changed on this device.',
    refused: 'The server kept refusing to save a file. Nothing is lost: the next sync tries again.',
    busy: 'Another tab of this app is syncing right now.',
  },
  cancel: 'Cancel',
  conflicts: {
    heading: 'Conflicts',
    intro:
      'Two devices changed the same thing before they synced. The value marked “in use” applies now; keep either one. The choice syncs to your other devices.',
    deletedIntro: 'Deleted on one device and changed on another: the change was kept.',
    inUse: 'In use',
    notUsed: 'Not used',
    deletedSide: 'Deleted',
    empty: '(empty)',
    from: 'From “{device}”, {time}',
    keepThis: 'Keep this',
    keepBoth: 'Keep both activities',
    keepDeleted: 'Delete it after all',
    keepEdit: 'Keep it',
    thisDevice: 'this device',
    record: '{kind}: {name}',
    kinds: {
      activities: 'Activity',
      goals: 'Goal',
      reminders: 'Reminder',
      skillStates: 'Skill',
      assessments: 'Level',
      customSkills: 'Your skill',
      customRoles: 'Your role',
      certifications: 'Certification',
      customResources: 'Resource',
      resourceMarks: 'Resource mark',
      settings: 'Settings',
    },
    fields: {
      title: 'Title',
      minutes: 'Minutes',
      note: 'Note',
      day: 'Day',
      time: 'Time',
      type: 'Type',
      skillIds: 'Skills',
      link: 'Link',
      rating: 'Level',
      target: 'Target',
      label: 'Label',
      name: 'Name',
    },
    settled: 'Settled.',
  },
  safety:
    'Before this device first merged synced data, its own data was kept as a snapshot: Settings → Backup can bring it back.',
} as const;
