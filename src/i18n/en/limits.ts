/** What a form says when a value is past a limit (domain/limits.ts), and its counters. */
export const limits = {
  tooLong: 'At most {max} characters: this has {n}. Shorten it to save.',
  tooMany: 'At most {max} steps: this has {n}.',
  stepTooLong: 'A step can have at most {max} characters: one has {n}.',
  outOfRange: 'Enter a whole number from {min} to {max}.',
  dayOutOfRange: 'Pick a date from {min} to {max}.',
  counter: '{n} of {max} characters',
} as const;
