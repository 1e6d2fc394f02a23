export const welcome = {
  title: 'Welcome',
  intro:
    'Track the skills your social media work asks for, log what you study and watch your progress. Everything stays on this device.',
  language: 'Language',
  rolesLegend: 'Which roles do you want to follow?',
  rolesHint: 'Pick one or several: shared skills are rated once and count for every role.',
  pickOne: 'Pick at least one role to continue.',
  start: 'Start',
  next: 'Next: rate yourself on the core skills of your roles, one at a time (about two minutes).',
} as const;
