import type { progress as en } from '../en/progress';
import type { Shape } from '../types';

export const progress: Shape<typeof en> = {
  title: 'Progressi',
  noRoles: 'Segui un ruolo per vedere i tuoi progressi.',
  goToRoles: 'Scegli i ruoli',
  byRole: 'Preparazione per ruolo',
  overall: 'Complessiva',
  overallHint: 'Tutti i ruoli che segui insieme, ogni competenza condivisa contata una volta.',
  role: 'Ruolo',
  readiness: 'Preparazione',
  overTime: 'Preparazione mese per mese',
  overTimeSince: 'Dalla tua prima valutazione, {day}, a oggi (al massimo 12 mesi).',
  overTimeNone: 'Il grafico parte dalla tua prima valutazione.',
  activity: 'Tempo dedicato alla formazione',
  activityNone:
    'Ancora nessuna attività. Registrane una e da quel giorno qui vedrai le tue settimane.',
  heatmapSince: 'Minuti al giorno, dalla prima attività ({day})',
  heatmapSummarySince: '{minutes} in {days} dalla prima attività ({day}).',
  weeklySince: 'Minuti a settimana, dalla prima attività',
  month: 'Mese',
  chartOf: '{role}: preparazione alla fine di ogni mese',
  gaps: 'Divari maggiori',
  gapsNone: 'Nessun divario: ogni competenza che segui ha raggiunto l’obiettivo.',
  gapRow: 'livello {level} su {target}',
  gapUnrated: 'non ancora valutata, obiettivo {target}',
  howTitle: 'Come viene calcolata?',
  how: [
    'Ogni competenza di un ruolo ha un livello obiettivo (da 1 a 4). Il punteggio di una competenza è il tuo livello diviso per l’obiettivo, al massimo 1: superare l’obiettivo in una competenza non compensa un divario in un’altra.',
    'Le competenze fondamentali pesano il doppio di quelle facoltative. Quelle non valutate contano come livello 0; quelle che hai indicato come «non mi riguarda» sono escluse.',
    'Preparazione = punteggi pesati ÷ pesi, in percentuale arrotondata per difetto: 100% significa che ogni competenza ha davvero raggiunto l’obiettivo.',
    'Una competenza condivisa da più ruoli ha una sola valutazione e nel dato complessivo conta una volta, con l’obiettivo e il peso più alti tra i tuoi ruoli.',
  ],
};
