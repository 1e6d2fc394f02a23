import type { settings as en } from '../en/settings';
import type { Shape } from '../types';

export const settings: Shape<typeof en> = {
  title: 'Impostazioni',
  more: 'Altre impostazioni',
  roles: {
    heading: 'I tuoi ruoli',
    following: 'Segui',
    none: 'Non segui ancora nessun ruolo.',
    change: 'Cambia in Ruoli',
  },
  language: {
    legend: 'Lingua',
    en: 'English',
    it: 'Italiano',
  },
  theme: {
    legend: 'Tema',
    system: 'Come il dispositivo',
    light: 'Chiaro',
    dark: 'Scuro',
  },
  sync: 'Sincronizzazione',
  storage: {
    heading: 'Archivio su questo dispositivo',
    usage: '{used} usati su circa {quota} disponibili per l’app',
    usageUnknown: 'Questo browser non indica quanto spazio è usato.',
    persisted: 'Persistente: il browser non cancellerà questi dati per liberare spazio.',
    notPersisted:
      'Non ancora persistente: se lo spazio scarseggia il browser potrebbe cancellare questi dati. Installa l’app e fai backup regolari.',
    persistUnknown: 'Questo browser non dice se i dati sono persistenti.',
    askPersist: 'Chiedi di conservare i dati',
    safariTab:
      'In Safari i dati dei siti non aperti per 7 giorni possono essere cancellati. Aggiungi l’app alla schermata Home (Condividi → Aggiungi alla schermata Home) e fai backup regolari.',
  },
  about: {
    heading: 'Informazioni',
    version: 'Versione {version}',
    privacy:
      'Tutto resta su questo dispositivo. Nessun account, nessun server, nessun tracciamento.',
  },
};
