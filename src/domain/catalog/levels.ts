// The proficiency scale as the user reads it when rating a skill.

import type { Level, Localized, Rating } from '../types';

export interface LevelInfo {
  readonly name: Localized;
  readonly description: Localized;
}

export const LEVEL_INFO: Readonly<Record<Rating, LevelInfo>> = {
  0: {
    name: { en: 'Not started', it: 'Non iniziato' },
    description: { en: 'Not worked on yet.', it: 'Ancora da affrontare.' },
  },
  1: {
    name: { en: 'Aware', it: 'Consapevole' },
    description: {
      en: 'Can explain what it is and why it matters.',
      it: 'Sa spiegare di cosa si tratta e perché è importante.',
    },
  },
  2: {
    name: { en: 'Practising', it: 'In pratica' },
    description: {
      en: 'Has done it with a template or with help.',
      it: 'L’ha messo in pratica con un modello o con un aiuto.',
    },
  },
  3: {
    name: { en: 'Confident', it: 'Autonomo' },
    description: {
      en: 'Does it alone, repeatably.',
      it: 'Lo fa in autonomia, con risultati ripetibili.',
    },
  },
  4: {
    name: { en: 'Can teach', it: 'Sa insegnare' },
    description: {
      en: 'Writes the playbook and coaches others.',
      it: 'Ne scrive il playbook e fa da guida agli altri.',
    },
  },
  na: {
    name: { en: 'Not relevant to me', it: 'Non mi riguarda' },
    description: {
      en: 'Left out of role readiness.',
      it: 'Non conta nel calcolo della preparazione per ruolo.',
    },
  },
};

/**
 * From this level up, the app asks for evidence (a note or a link): claiming "confident" or
 * "can teach" is more honest, and more useful later, when something backs it up.
 */
export const EVIDENCE_INVITED_FROM: Level = 3;
