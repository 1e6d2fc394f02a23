// Levels that come up for review: the setting, Today's quick check, the skill, Progress.
export const review = {
  settingLegend: 'Ask to re-confirm levels of 3 or more after',
  settingHint:
    'Platforms change, so a level you set long ago may need a fresh look. After this time it shows up on Today for a quick check; lower levels are never asked about.',
  months: { one: '{n} month', other: '{n} months' },
  off: 'Never',
  heading: 'A quick check on your levels',
  intro: {
    one: 'This level has not been confirmed for {months}. It is probably still true: one tap confirms it.',
    other:
      'These levels have not been confirmed for {months}. They are probably still true: one tap confirms each.',
  },
  lastConfirmed: '“{level}” · last confirmed {day}',
  stillTrue: 'Still true',
  changed: 'Changed',
  changedLegend: 'The level that fits now',
  stillTrueLabel: 'Still true: {skill}',
  changedLabel: 'Changed: {skill}',
  more: {
    one: '{n} more level to check',
    other: '{n} more levels to check',
  },
  allDone: 'All confirmed: your levels are up to date. Thank you!',
  confirmedToast: 'Confirmed: {skill}, “{level}”.',
  listTitle: 'Levels to re-confirm',
  listNone: 'Nothing to re-confirm: your levels are up to date.',
  skillDue: 'To re-confirm',
  skillDueText:
    'Your level “{level}” was last confirmed {ago} ago ({day}). It is probably still true: confirm it, or pick today’s level below.',
  skillConfirmedToday: 'Level confirmed today. Next quick check: {due}.',
  skillConfirmed: 'Level last confirmed {day}. Next quick check: {due}.',
  progressHeading: 'How current your levels are',
  progressIntro:
    'A level of 3 or more counts as up to date for {months} after you set or confirm it (levels 1 and 2 always do). Counted: the levels that add to each role’s readiness.',
  progressAll: {
    one: 'Your level is up to date',
    other: 'All {n} levels are up to date',
  },
  progressSome: 'Levels up to date: {current} of {n}',
  progressDue: {
    one: '{n} waiting for a quick check on Today',
    other: '{n} waiting for a quick check on Today',
  },
} as const;
