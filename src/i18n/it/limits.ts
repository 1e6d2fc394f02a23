import type { limits as en } from '../en/limits';
import type { Shape } from '../types';

export const limits: Shape<typeof en> = {
  tooLong: 'Massimo {max} caratteri: qui sono {n}. Accorcia il testo per salvare.',
  tooMany: 'Massimo {max} passi: qui sono {n}.',
  stepTooLong: 'Un passo può avere al massimo {max} caratteri: uno ne ha {n}.',
  outOfRange: 'Inserisci un numero intero da {min} a {max}.',
  dayOutOfRange: 'Scegli una data dal {min} al {max}.',
  counter: '{n} su {max} caratteri',
};
