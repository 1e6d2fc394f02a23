import type { review as en } from '../en/review';
import type { Shape } from '../types';

export const review: Shape<typeof en> = {
  settingLegend: 'Chiedi di riconfermare i livelli 3 o superiori dopo',
  settingHint:
    'Le piattaforme cambiano, quindi un livello indicato tempo fa può meritare un nuovo sguardo. Trascorso questo periodo compare in Oggi per un rapido controllo; i livelli più bassi non vengono mai richiesti.',
  months: { one: '{n} mese', other: '{n} mesi' },
  off: 'Mai',
  heading: 'Un rapido controllo dei tuoi livelli',
  intro: {
    one: 'Questo livello non viene confermato da {months}. Probabilmente è ancora valido: basta un tocco per confermarlo.',
    other:
      'Questi livelli non vengono confermati da {months}. Probabilmente sono ancora validi: basta un tocco per confermarli.',
  },
  lastConfirmed: '«{level}» · ultima conferma: {day}',
  stillTrue: 'Ancora valido',
  changed: 'È cambiato',
  changedLegend: 'Il livello che ti descrive oggi',
  stillTrueLabel: 'Ancora valido: {skill}',
  changedLabel: 'È cambiato: {skill}',
  more: {
    one: 'Ancora {n} livello da controllare',
    other: 'Ancora {n} livelli da controllare',
  },
  allDone: 'Tutto confermato: i tuoi livelli sono aggiornati. Grazie!',
  confirmedToast: 'Confermato: {skill}, «{level}».',
  listTitle: 'Livelli da riconfermare',
  listNone: 'Niente da riconfermare: i tuoi livelli sono aggiornati.',
  skillDue: 'Da riconfermare',
  skillDueText:
    'L’ultima conferma del tuo livello «{level}» risale a {ago} fa ({day}). Probabilmente è ancora valido: confermalo o scegli qui sotto il livello di oggi.',
  skillConfirmedToday: 'Livello confermato oggi. Prossimo rapido controllo: {due}.',
  skillConfirmed: 'Ultima conferma del livello: {day}. Prossimo rapido controllo: {due}.',
  progressHeading: 'Quanto sono aggiornati i tuoi livelli',
  progressIntro:
    'Un livello 3 o superiore conta come aggiornato per {months} da quando lo indichi o lo confermi (i livelli 1 e 2 sempre). Si contano i livelli che fanno salire la preparazione di ogni ruolo.',
  progressAll: {
    one: 'Il tuo livello è aggiornato',
    other: 'Tutti i {n} livelli sono aggiornati',
  },
  progressSome: 'Livelli aggiornati: {current} su {n}',
  progressDue: {
    one: '{n} in attesa di un rapido controllo in Oggi',
    other: '{n} in attesa di un rapido controllo in Oggi',
  },
};
