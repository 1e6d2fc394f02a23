export const backup = {
  heading: 'Backup',
  intro:
    'Your data lives only on this device. A backup is one file with all of it: keep it in your cloud drive or email it to yourself.',
  lastNever: 'Last backup file made: never',
  lastToday: 'Last backup file made: today',
  lastAgo: {
    one: 'Last backup file made: {n} day ago',
    other: 'Last backup file made: {n} days ago',
  },
  backUpNow: 'Back up now',
  working: 'Preparing the file…',
  saved: 'Backup file {file} made: check that it is in your downloads, or wherever you shared it.',
  notRecordedFull:
    'The file {file} was handed to your browser, but your device’s storage is full: the file may be incomplete, so this backup was not counted. Free some space, then back up again.',
  notRecorded:
    'The file {file} was handed to your browser, but this backup was not counted: {reason}',
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
  /** A record named as the user knows it: "activity “Webinar” of 3 Dec 2026". */
  named: {
    kinds: {
      settings: 'the settings',
      skillStates: 'the skill level',
      assessments: 'the level change',
      activities: 'the activity',
      goals: 'the goal',
      reminders: 'the reminder',
      customSkills: 'the custom skill',
      customRoles: 'the custom role',
    },
    titled: '{kind} “{title}”',
    onDay: '{record} of {day}',
  },
  /** Field names as the forms call them; any other key is shown as it is. */
  fields: {
    title: 'title',
    label: 'label',
    name: 'name',
    note: 'note',
    link: 'link',
    minutes: 'minutes',
    day: 'date',
    time: 'time',
    type: 'type',
    skillIds: 'skills',
    skillId: 'skill',
    roleIds: 'roles',
    id: 'id',
    description: 'description',
    summary: 'summary',
    checklist: 'checklist',
    evidence: 'evidence',
    target: 'target',
    start: 'start',
    end: 'end',
    due: 'due date',
    days: 'days',
    daysBefore: 'days before',
    goalId: 'goal',
    areas: 'areas',
    links: 'skills',
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
      invalidBecause:
        'This backup is damaged or was edited by hand. In {place}: {problem}. Nothing was changed.',
      damaged:
        'This file says it is a Self-Training Tracker backup, but its first part (version, date) is missing or damaged, so it cannot be read safely. Pick another backup file. Nothing was changed.',
      listDamaged:
        'This backup is damaged or was edited by hand: its list “{kind}” is missing or cannot be read. Nothing was changed.',
      problems: {
        missing: 'something is missing',
        'unknown-field': 'there is a field this app does not know',
        'too-long': 'a value is longer than the app can keep',
        duplicate: 'an id is used twice',
        'bad-id': 'an id holds characters the app never writes',
        'bad-value': 'a value the app cannot use',
      },
      'dangling-reference':
        'This backup is incomplete: {place} refers to a goal that is not in the file. Try Merge, or a complete backup. Nothing was changed.',
    },
    failed: 'The restore failed and nothing was changed: {reason}',
  },
} as const;
