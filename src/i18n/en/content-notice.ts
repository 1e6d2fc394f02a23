/** Today's notice after a content update: what changed in the skills of the roles followed. */
export const contentNotice = {
  title: 'What’s new in your skills',
  intro: 'The skills of the roles you follow have been brought up to date.',
  added: { one: '{n} new skill: {names}', other: '{n} new skills: {names}' },
  updated: {
    one: '{n} skill with new steps or a new target',
    other: '{n} skills with new steps or a new target',
  },
  /** A skill's name inside the list of new skills. */
  quoted: '“{name}”',
  levelLines: 'Each skill now describes what levels 1 to 4 look like in it.',
  kept: 'Your levels, history and evidence are all kept. Rewritten steps start unticked: tick them when they are true for you.',
  dismiss: 'Got it',
};
