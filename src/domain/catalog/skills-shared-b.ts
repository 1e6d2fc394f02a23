// Shared skills SH5-SH8: every built-in role links them, with its own target (see roles.ts).

import { type BuiltinSkillDef, loc, step } from './build';

export const SHARED_SKILLS_B: readonly BuiltinSkillDef[] = [
  {
    id: 'sh.crisis',
    shared: true,
    name: loc('Crisis response', 'Gestione delle crisi'),
    description: loc(
      'Spot early warning signs, escalate, reply with approved messages, and review once it is over (post-mortem).',
      'Cogliere i primi segnali, attivare l’escalation, rispondere con messaggi approvati e fare un’analisi a crisi chiusa (post-mortem).',
    ),
    checklist: [
      step(
        'sh.crisis/1',
        'Define the warning signs and the thresholds that trigger an escalation.',
        'Definire i segnali d’allarme e le soglie che fanno scattare l’escalation.',
      ),
      step(
        'sh.crisis/2',
        'Keep an up-to-date contact list and pre-approved holding statements.',
        'Tenere aggiornati l’elenco dei contatti e gli holding statement (messaggi interlocutori) già approvati.',
      ),
      step(
        'sh.crisis/3',
        'Pause scheduled posts as soon as a crisis starts.',
        'Sospendere i post programmati appena scoppia una crisi.',
      ),
      step(
        'sh.crisis/4',
        'Hold a post-mortem after each crisis and update the playbook.',
        'Fare un post-mortem a crisi chiusa e aggiornare il playbook.',
      ),
    ],
    exampleGoals: [
      loc(
        'Draft a crisis playbook and run a tabletop exercise.',
        'Preparare un playbook di crisi e simularne l’applicazione a tavolino con il team.',
      ),
    ],
  },
  {
    id: 'sh.ethics',
    shared: true,
    name: loc('Ethics, law and platform policy', 'Etica, norme e policy delle piattaforme'),
    description: loc(
      'Respect privacy and consent, copyright, advertising and prize-competition rules, and platform terms in posts, ads and moderation.',
      'Rispettare privacy e consenso, diritto d’autore, regole su pubblicità e concorsi a premi e termini delle piattaforme in post, inserzioni e moderazione.',
    ),
    checklist: [
      step(
        'sh.ethics/1',
        'Check the rights to images, music and text before publishing.',
        'Verificare i diritti su immagini, musica e testi prima di pubblicare.',
      ),
      step(
        'sh.ethics/2',
        'Make ads and paid partnerships recognisable: the platform’s label and a clear #ad or #advertising up front (AGCOM, IAP Digital Chart).',
        'Rendere riconoscibili pubblicità e collaborazioni commerciali: etichetta della piattaforma e #pubblicità o #advertising ben visibile all’inizio (AGCOM, Digital Chart IAP).',
      ),
      // sh.ethics/3 (personal data in contests, DMs and lead forms) became two steps of its own.
      step(
        'sh.ethics/4',
        'Send promotional DMs, WhatsApp messages or emails only with recorded consent (Codice privacy art. 130), and handle lead-form data as the GDPR requires.',
        'Inviare DM, messaggi WhatsApp o email promozionali solo con un consenso documentato (art. 130 del Codice privacy) e trattare i dati dei moduli di contatto nel rispetto del GDPR.',
      ),
      step(
        'sh.ethics/5',
        'Before a giveaway, check whether it is a prize competition (DPR 430/2001); if so, prepare the rules, the notice to the Ministry, the deposit and the minutes of the draw.',
        'Prima di un giveaway, verificare se è un concorso a premi (DPR 430/2001); in quel caso predisporre regolamento, comunicazione al Ministero, cauzione e verbale di assegnazione dei premi.',
      ),
    ],
    exampleGoals: [
      loc(
        'Check 5 past posts against a 10-point compliance checklist.',
        'Verificare 5 post già pubblicati con una checklist di conformità in 10 punti.',
      ),
    ],
  },
  {
    id: 'sh.learning',
    shared: true,
    name: loc('Continuous learning', 'Aggiornamento e autoformazione'),
    description: loc(
      'Find your own gaps regularly and keep up with platform changes.',
      'Individuare con regolarità le proprie lacune e seguire i cambiamenti delle piattaforme.',
    ),
    checklist: [
      step(
        'sh.learning/1',
        'Rate yourself on your skills every quarter.',
        'Autovalutarsi sulle proprie competenze ogni trimestre.',
      ),
      step(
        'sh.learning/2',
        'Follow the platforms’ official news channels and one trusted newsletter.',
        'Seguire i canali ufficiali di novità delle piattaforme e una newsletter affidabile.',
      ),
      step(
        'sh.learning/3',
        'Plan one course or certification every semester.',
        'Pianificare un corso o una certificazione ogni semestre.',
      ),
    ],
    exampleGoals: [
      loc(
        'Self-rate every quarter and complete one course or certification each semester.',
        'Autovalutarsi ogni trimestre e completare un corso o una certificazione ogni semestre.',
      ),
    ],
  },
  {
    id: 'sh.audience',
    shared: true,
    name: loc('Audience research', 'Analisi del pubblico'),
    description: loc(
      'Describe the audience, its needs and its segments, using data and interviews.',
      'Descrivere pubblico, bisogni e segmenti con dati e interviste.',
    ),
    checklist: [
      step(
        'sh.audience/1',
        'Gather what analytics, the CRM and social listening already tell you.',
        'Raccogliere ciò che emerge già da analytics, CRM e social listening.',
      ),
      step(
        'sh.audience/2',
        'Interview 5 people from the audience about their needs and habits.',
        'Intervistare 5 persone del target su bisogni e abitudini.',
      ),
      step(
        'sh.audience/3',
        'Group the findings into segments or personas.',
        'Raggruppare quanto emerso in segmenti o buyer persona.',
      ),
    ],
    exampleGoals: [
      loc(
        'Build 2 personas from insights and 5 interviews.',
        'Costruire 2 buyer persona a partire dagli insight e da 5 interviste.',
      ),
    ],
  },
];
