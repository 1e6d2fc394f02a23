export const backup = {
  heading: 'Backup',
  intro:
    'Your data lives only on this device. A backup is one file with all of it: keep it in your cloud drive or email it to yourself.',
  lastNever: 'Last backup: never',
  lastToday: 'Last backup: today',
  lastAgo: { one: 'Last backup: {n} day ago', other: 'Last backup: {n} days ago' },
  backUpNow: 'Back up now',
  working: 'Preparing the file…',
  saved: 'Backup saved as {file}.',
  shareCancelled: 'Backup not shared: nothing was saved.',
  problem:
    'The file was saved, but one record is not valid ({place}) and would stop it from restoring. Edit or delete that record, then back up again.',
  failed: 'The backup could not be made: {reason}',
  restoreLink: 'Restore from a backup file',
  csv: {
    button: 'Export activities (CSV)',
    hint: 'A spreadsheet of your log, for Excel, Numbers or Google Sheets. It cannot be restored.',
    saved: 'Activities exported as {file}.',
    header: ['Date', 'Time', 'Minutes', 'Type', 'Title', 'Skills', 'Note', 'Link'],
  },
  snapshots: {
    heading: 'Data kept before a restore',
    intro:
      'When a restore replaces your data, what was there before is kept here (the last {n}), so a wrong file can be undone.',
    empty: 'Nothing kept yet: it appears after your first restore.',
    restoreThis: 'Restore this snapshot',
    confirm:
      'Replace your current data with this snapshot from {date}? Your current data is kept as a new snapshot first.',
    unreadable: 'This snapshot cannot be read.',
  },
  nudge: {
    title: 'Time for a backup',
    never: 'You have not backed up yet, and you have two weeks of data on this device only.',
    stale: 'Your last backup is {n} days old and your data has changed since.',
    action: 'Back up now',
  },
  stores: {
    settings: { one: 'settings', other: 'settings' },
    skillStates: { one: '{n} skill level', other: '{n} skill levels' },
    assessments: { one: '{n} level change', other: '{n} level changes' },
    activities: { one: '{n} activity', other: '{n} activities' },
    goals: { one: '{n} goal', other: '{n} goals' },
    reminders: { one: '{n} reminder', other: '{n} reminders' },
    customSkills: { one: '{n} custom skill', other: '{n} custom skills' },
    customRoles: { one: '{n} custom role', other: '{n} custom roles' },
  },
  kinds: {
    settings: 'Settings',
    skillStates: 'Skill levels',
    assessments: 'Level history',
    activities: 'Activities',
    goals: 'Goals',
    reminders: 'Reminders',
    customSkills: 'Custom skills',
    customRoles: 'Custom roles',
  },
  /** One record, for "activity no. 4, field “minutes”". */
  record: {
    settings: 'the settings',
    skillStates: 'skill level no. {n}',
    assessments: 'level change no. {n}',
    activities: 'activity no. {n}',
    goals: 'goal no. {n}',
    reminders: 'reminder no. {n}',
    customSkills: 'custom skill no. {n}',
    customRoles: 'custom role no. {n}',
  },
  place: '{record}, field “{field}”',
  restore: {
    title: 'Restore a backup',
    back: 'Back to Settings',
    intro:
      'Pick a backup file made by this app. Nothing changes until you have seen what it will do and confirmed.',
    file: 'Choose a backup file',
    reading: 'Reading the file…',
    fileSummary: '{file}, made on {date}',
    modeLegend: 'How to restore',
    replace: 'Replace',
    replaceHint:
      'Your data becomes exactly the file’s. What you have now is kept as a snapshot you can restore.',
    merge: 'Merge',
    mergeHint:
      'Adds what is new and keeps the newer version of records on both sides. Nothing is deleted.',
    previewHeading: 'What will happen',
    kind: 'Kind of record',
    new: 'New',
    changed: 'Changed',
    identical: 'Same',
    kept: 'Yours kept',
    removed: 'Removed',
    nothing: 'The file holds exactly what you already have: nothing would change.',
    applyReplace: 'Replace my data',
    applyMerge: 'Merge into my data',
    applying: 'Restoring… keep this page open.',
    done: 'Backup restored.',
    errors: {
      'too-large':
        'This file is too large to be a backup of this app (over 20 MB). Nothing was changed.',
      'not-json':
        'This file is not readable as a backup: it may be cut short or not a backup at all. Nothing was changed.',
      'not-a-backup':
        'This file is not a Self-Training Tracker backup. Pick the .json file made with “Back up now”. Nothing was changed.',
      'newer-version':
        'This backup was made by a newer version of the app. Update the app (reload it while online), then try again. Nothing was changed.',
      invalid:
        'This backup is damaged or was edited by hand: {place} is not valid. Nothing was changed.',
      'dangling-reference':
        'This backup is incomplete: {place} refers to a goal that is not in the file. Try Merge, or a complete backup. Nothing was changed.',
    },
    failed: 'The restore failed and nothing was changed: {reason}',
  },
} as const;
