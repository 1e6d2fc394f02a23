import type { common as en } from '../en/common';
import type { Shape } from '../types';

export const common: Shape<typeof en> = {
  appName: 'Self-Training Tracker',
  save: 'Salva',
  cancel: 'Annulla',
  delete: 'Elimina',
  edit: 'Modifica',
  undo: 'Annulla',
  close: 'Chiudi',
  back: 'Indietro',
  add: 'Aggiungi',
  done: 'Fatto',
  loading: 'Caricamento…',
  optional: 'facoltativo',
  saved: 'Salvato',
  deleted: 'Eliminato',
  today: 'Oggi',
  yesterday: 'Ieri',
  minutes: { one: '{n} minuto', other: '{n} minuti' },
  minutesShort: '{n} min',
  sessions: { one: '{n} sessione', other: '{n} sessioni' },
  days: { one: '{n} giorno', other: '{n} giorni' },
  percent: '{n}%',
  storageFull:
    'La memoria del dispositivo è piena, quindi non è stato salvato nulla. Libera spazio (oppure fai un backup ed elimina dati vecchi) e riprova.',
  saveFailed: 'Impossibile salvare: {reason}. Non è stato modificato nulla.',
};
