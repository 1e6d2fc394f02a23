import type { shell as en } from '../en/shell';
import type { Shape } from '../types';

export const shell: Shape<typeof en> = {
  skipToContent: 'Vai al contenuto',
  nav: {
    label: 'Principale',
    today: 'Oggi',
    roles: 'Ruoli',
    log: 'Registra',
    goals: 'Obiettivi',
    progress: 'Progressi',
    settings: 'Impostazioni',
  },
  update: {
    ready: 'È pronta una nuova versione.',
    reload: 'Ricarica',
    later: 'Più tardi',
    screenMissing: {
      title: 'È pronta una nuova versione',
      body: 'Questa scheda usa ancora la versione precedente e l’aggiornamento ha sostituito il file di questa schermata. Ricarica per usare la nuova versione: tutto ciò che hai salvato resta su questo dispositivo.',
    },
  },
  trouble: {
    blocking:
      'Self-Training Tracker è stato aggiornato in un’altra scheda. Ricarica per continuare.',
    version: 'Una versione più recente dell’app ha salvato i tuoi dati. Ricarica per usarla.',
    terminated: 'Il browser ha chiuso il database. Ricarica per continuare.',
    'changed-elsewhere':
      'I tuoi dati sono stati ripristinati in un’altra scheda. Ricarica per vederli.',
    reload: 'Ricarica',
  },
  offline: 'Offline: funziona tutto e i dati restano salvati su questo dispositivo.',
  notFound: {
    title: 'Pagina non trovata',
    body: 'Questa pagina non esiste. I tuoi dati sono al sicuro.',
    home: 'Vai a Oggi',
  },
  comingSoon: 'Questa schermata arriverà con un prossimo aggiornamento.',
  bootError: 'L’app non è riuscita ad aprire l’archivio su questo dispositivo: {reason}',
};
