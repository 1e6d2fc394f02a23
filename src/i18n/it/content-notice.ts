import type { contentNotice as en } from '../en/content-notice';
import type { Shape } from '../types';

export const contentNotice: Shape<typeof en> = {
  title: 'Novità nelle competenze che segui',
  intro: 'Le competenze dei ruoli che segui sono state aggiornate.',
  added: { one: '{n} competenza nuova: {names}', other: '{n} competenze nuove: {names}' },
  updated: {
    one: '{n} competenza con nuovi passi o un nuovo obiettivo',
    other: '{n} competenze con nuovi passi o un nuovo obiettivo',
  },
  quoted: '«{name}»',
  levelLines: 'Ogni competenza ora descrive in concreto i livelli da 1 a 4.',
  kept: 'Livelli, cronologia e prove restano tutti. I passi riscritti partono senza spunta: spuntali quando ti riguardano.',
  dismiss: 'Ho capito',
};
