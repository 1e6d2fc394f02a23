import type { oops as en } from '../en/oops';
import type { Shape } from '../types';

export const oops: Shape<typeof en> = {
  screenTitle: 'Non è stato possibile mostrare questa schermata',
  screenBody:
    'Qualcosa nei tuoi dati non è come questa schermata si aspetta. I tuoi dati sono al sicuro e non è cambiato nulla. Apri un’altra schermata, riprova o ricarica l’app.',
  retry: 'Riprova',
  home: 'Vai a Oggi',
  details: 'Dettagli: {reason}',
  goalCard:
    'Non è stato possibile mostrare questo obiettivo per intero. I tuoi dati sono al sicuro: modificalo (controlla date e traguardo) o eliminalo.',
};
