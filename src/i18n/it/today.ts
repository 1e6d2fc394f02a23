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
  nextWhy: 'Competenza chiave con il divario maggiore: livello {level}, obiettivo {target}.',
  nextNone: 'Segui un ruolo e valuta le tue competenze per ricevere un consiglio.',
  openSkill: 'Apri {skill}',
  consistencyHeading: 'Costanza',
  consistencyValue: '{n} / 100',
  consistencyExplain:
    'Cresce con un’attività regolare (circa 3 giorni a settimana); un giorno saltato la abbassa di poco, mai a zero.',
  streak: { one: 'Serie di {n} settimana', other: 'Serie di {n} settimane' },
  streakNone: 'Registra un’attività questa settimana per iniziare una serie.',
  weekSummary: 'Questa settimana: {minutes} in {sessions}.',
  roleCount: '{role}: {sessions}',
};
