import type { assess as en } from '../en/assess';
import type { Shape } from '../types';

export const assess: Shape<typeof en> = {
  title: 'Autovalutazione',
  progress: '{n} di {total}',
  progressLabel: 'Competenza {n} di {total}',
  forRoles: 'Richiesta per {roles}',
  question: 'A che punto sei oggi con questa competenza?',
  target: 'Il tuo obiettivo',
  yourAnswer: 'la tua risposta',
  notRelevant: 'Non mi riguarda',
  skip: 'Salta',
  previous: 'Competenza precedente',
  later: 'Continua più tardi',
  scaleHint: 'Tocca un livello per registrarlo e passare alla competenza successiva.',
  noneTitle: 'Nessuna autovalutazione in corso',
  noneBody:
    'Valuta le competenze fondamentali dei ruoli che segui, una alla volta: circa due minuti.',
  nothingToAsk: 'Prima scegli un ruolo da seguire: l’autovalutazione riguarda le sue competenze.',
  again: 'Rifai l’autovalutazione',
  rateRole: 'Valuta queste competenze',
  rateRoleHint: 'Una competenza alla volta, senza aprirle una per una.',
  resumeHeading: 'La tua autovalutazione',
  resumeBody: 'Tocca alla competenza {n} di {total}. Riprendi da dove avevi lasciato.',
  resume: 'Riprendi',
  endHere: 'Termina qui',
  startHeading: 'Il tuo punto di partenza',
  startIntro: 'A che punto sei oggi: da qui parte la tua formazione. Non è un voto.',
  roleLine: {
    one: '{role}: {done} su {n} competenza fondamentale all’obiettivo',
    other: '{role}: {done} su {n} competenze fondamentali all’obiettivo',
  },
  roleLineNone: {
    one: '{role}: {n} competenza fondamentale da sviluppare, nessuna ancora all’obiettivo',
    other: '{role}: {n} competenze fondamentali da sviluppare, nessuna ancora all’obiettivo',
  },
  roleLineNotRated: '{role}: nessuna competenza fondamentale valutata per ora',
  nextHeading: 'La prossima cosa da fare',
  nextChecklist: 'Prossimo passo: {step}',
  nextRate: 'L’hai saltata: valutala per vedere il prossimo passo.',
  nextGoal: 'Prossimo passo: fissa un obiettivo, per esempio «{goal}».',
  nextGoalOwn: 'Prossimo passo: fissa un obiettivo su questa competenza.',
  nextEvidence: 'Prossimo passo: aggiungi una nota o un link che dimostri il tuo livello.',
  allAtTarget:
    'Tutte le competenze fondamentali dei tuoi ruoli sono all’obiettivo. Tienile aggiornate o punta più in alto.',
  openSkill: 'Apri {skill}',
  dismiss: 'Ho capito',
};
