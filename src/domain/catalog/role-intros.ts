import type { Localized } from '../types';
import { loc } from './build';

/**
 * The built-in roles' names and one-line summaries, apart from their skills: Welcome shows only
 * these, and a first visit should not download every role's links to show them (roles.ts
 * spreads them into each role).
 */
export const ROLE_INTROS: Readonly<
  Record<'cm' | 'smm' | 'strategist', { readonly name: Localized; readonly summary: Localized }>
> = {
  cm: {
    name: loc('Community Manager', 'Community Manager'),
    summary: loc(
      'Who to engage: welcomes, connects and protects the community around the brand.',
      'Chi coinvolgere: accoglie, mette in relazione e tutela la community intorno al brand.',
    ),
  },
  smm: {
    name: loc('Social Media Manager', 'Social Media Manager'),
    summary: loc(
      'What to say: plans, creates and distributes the brand’s content on social media.',
      'Cosa dire: pianifica, crea e distribuisce i contenuti del brand sui social.',
    ),
  },
  strategist: {
    name: loc('Social Media Strategist', 'Social Media Strategist'),
    summary: loc(
      'The long-term view: sets the direction, the platforms and the rules for social media.',
      'La visione di lungo periodo: definisce la direzione, le piattaforme e le regole della presenza social.',
    ),
  },
};

/** The built-in roles in the order Welcome offers them. */
export const ROLE_INTRO_LIST = (['cm', 'smm', 'strategist'] as const).map((id) => ({
  id,
  ...ROLE_INTROS[id],
}));
