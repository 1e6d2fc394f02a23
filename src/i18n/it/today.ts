import type { today as en } from '../en/today';
import type { Shape } from '../types';

export const today: Shape<typeof en> = {
  title: 'Oggi',
  quickLog: 'Registra un’attività',
  goalsHeading: 'Obiettivi della settimana',
  noGoals: 'Ancora nessun obiettivo periodico.',
  addGoal: 'Imposta un obiettivo settimanale',
  dueHeading: 'In scadenza',
  recentHeading: 'Ultime attività',
  noActivities: 'Ancora nessuna attività: la prima comparirà qui.',
  seeLog: 'Vedi tutto il diario',
  nextHeading: 'Prossima competenza consigliata',
  nextWhy: 'La competenza fondamentale più lontana dall’obiettivo.',
  nextNone: 'Segui un ruolo e valuta le tue competenze per ricevere un consiglio.',
  openSkill: 'Apri {skill}',
  consistencyHeading: 'Costanza',
  consistency: {
    days: {
      one: '{done} su {n} giorno questa settimana',
      other: '{done} su {n} giorni questa settimana',
    },
    aimMet: 'Obiettivo raggiunto',
    aimFromGoal:
      'Giorni con almeno un’attività, rispetto all’obiettivo settimanale che hai fissato: {n} a settimana.',
    aimDefault:
      'Giorni con almeno un’attività, rispetto a un ritmo di {n} a settimana. Con un obiettivo settimanale di sessioni il ritmo lo scegli tu.',
    none: 'Ancora nessuna attività. Registrane una e qui vedrai i giorni di questa settimana.',
    trendLabel: 'Abitudine: {trend}.',
    trend: { building: 'in crescita', steady: 'stabile', slipping: 'in calo' },
    trendMeaning: {
      building: 'Le settimane regolari si sommano.',
      steady: 'Stai mantenendo il tuo ritmo.',
      slipping:
        'Meno giorni attivi di recente: una settimana al tuo ritmo la fa risalire. I giorni saltati non la azzerano mai.',
    },
  },
  rerate: {
    heading: 'È ancora così?',
    question: '{amount} su «{skill}» da quando l’hai valutata «{level}»: è ancora così?',
    keep: 'Sì, è così',
    raise: 'Ora «{level}»',
    notNow: 'Non ora',
    other: 'Scegli un altro livello',
    hours: { one: '{n} ora', other: '{n} ore' },
  },
  streak: { one: 'Serie di {n} settimana', other: 'Serie di {n} settimane' },
  streakNone: 'Registra un’attività questa settimana per iniziare una serie.',
  weekSummary: 'Questa settimana: {minutes} in {sessions}.',
  weekNone: 'Ancora nessuna attività questa settimana.',
  roleCount: '{role}: {sessions}',
};
