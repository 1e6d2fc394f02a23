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
  unknownReason: 'il browser non ha indicato il motivo',
  changedElsewhere:
    'I tuoi dati sono cambiati in un’altra scheda: ricarica per vederli. Non è stato salvato nulla.',
  conflict: {
    missing:
      'Questo elemento è stato eliminato in un’altra scheda, quindi non è stato salvato nulla. Ricarica per vedere i tuoi dati.',
    changed:
      'Questo elemento è stato modificato in un’altra scheda dopo che l’hai aperto, quindi non è stato salvato nulla. Ricarica per vedere la versione più recente.',
    'goal-missing':
      'L’obiettivo di questo promemoria è stato eliminato in un’altra scheda, quindi non è stato salvato nulla. Ricarica per vedere i tuoi obiettivi.',
  },
};
