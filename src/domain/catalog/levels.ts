// The proficiency scale as the user reads it when rating a skill. Every level says what someone
// could see (level 3 counts real work in the last 12 months, not a feeling of "repeatably"), and
// the Italian names describe the level, not the person, so no name is masculine-only.

import type { Level, Localized, Rating } from '../types';

export interface LevelInfo {
  readonly name: Localized;
  readonly description: Localized;
}

export const LEVEL_INFO: Readonly<Record<Rating, LevelInfo>> = {
  0: {
    name: { en: 'Not started', it: 'Da iniziare' },
    description: { en: 'Not worked on yet.', it: 'Ancora da affrontare.' },
  },
  1: {
    name: { en: 'Aware', it: 'Conoscenza di base' },
    description: {
      en: 'Can explain what it is and why it matters.',
      it: 'Sa spiegare di cosa si tratta e perché è importante.',
    },
  },
  2: {
    name: { en: 'Practising', it: 'Pratica guidata' },
    description: {
      en: 'Has done it with a template or with someone’s help.',
      it: 'L’ha fatto con un modello o con l’aiuto di qualcuno.',
    },
  },
  3: {
    name: { en: 'Confident', it: 'In autonomia' },
    description: {
      en: 'Does it without help, on real work, at least 3 times in the last 12 months.',
      it: 'Lo fa senza aiuto, su lavoro reale, almeno 3 volte negli ultimi 12 mesi.',
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
