import type { welcome as en } from '../en/welcome';
import type { Shape } from '../types';

export const welcome: Shape<typeof en> = {
  title: 'Ti diamo il benvenuto',
  intro:
    'Tieni traccia delle competenze che il tuo lavoro sui social richiede, registra cosa studi e segui i tuoi progressi. Tutto resta su questo dispositivo.',
  language: 'Lingua',
  rolesLegend: 'Quali ruoli vuoi seguire?',
  rolesHint:
    'Scegline uno o più: le competenze condivise si valutano una volta sola e contano per ogni ruolo.',
  pickOne: 'Scegli almeno un ruolo per continuare.',
  start: 'Inizia',
  next: 'Poi l’autovalutazione sulle competenze fondamentali dei tuoi ruoli, una alla volta (circa due minuti).',
};
