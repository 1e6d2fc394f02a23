// Community Manager skills ("who to engage"). Sources: Meta Certified Community Manager,
// Community Roundtable, CMX, ESCO "online community manager" (see the content brief).

import { type BuiltinSkillDef, loc, step } from './build';

export const CM_SKILLS: readonly BuiltinSkillDef[] = [
  {
    id: 'cm.onboarding',
    name: loc('Onboarding', 'Onboarding dei nuovi membri'),
    description: loc(
      'Turn newcomers into active members with welcome routines and guided first steps.',
      'Trasformare i nuovi iscritti in membri attivi con rituali di benvenuto e primi passi guidati.',
    ),
    checklist: [
      step(
        'cm.onboarding/1',
        'Map what a newcomer sees in their first week, from joining to their first post.',
        'Ricostruire cosa vede un nuovo membro nella prima settimana, dall’iscrizione al primo post.',
      ),
      step(
        'cm.onboarding/2',
        'Write a welcome post, a welcome DM and a pinned “start here” guide.',
        'Scrivere un post di benvenuto, un messaggio privato di benvenuto e una guida “Inizia da qui” fissata in alto.',
      ),
      step(
        'cm.onboarding/3',
        'Give newcomers one easy first action, such as introducing themselves in a thread.',
        'Proporre ai nuovi un primo gesto semplice, come presentarsi in un thread dedicato.',
      ),
      step(
        'cm.onboarding/4',
        'Count how many newcomers post within 14 days, and adjust the routine.',
        'Contare quanti nuovi membri pubblicano entro 14 giorni e correggere il percorso di conseguenza.',
      ),
    ],
    exampleGoals: [
      loc(
        'Write a welcome sequence (post, DM, pinned guide) and measure how many newcomers post within 14 days.',
        'Scrivere una sequenza di benvenuto (post, messaggio privato, guida fissata) e misurare quanti nuovi membri pubblicano entro 14 giorni.',
      ),
    ],
  },
  {
    id: 'cm.connections',
    name: loc('Engagement and member connections', 'Engagement e relazioni tra i membri'),
    description: loc(
      'Start conversations, introduce members to each other, and spot advocates.',
      'Avviare conversazioni, far conoscere i membri tra loro e individuare i sostenitori.',
    ),
    checklist: [
      step(
        'cm.connections/1',
        'Run a recurring ritual (weekly question, AMA, themed thread) at a fixed time.',
        'Gestire un appuntamento fisso (domanda della settimana, AMA, thread a tema), sempre alla stessa ora.',
      ),
      step(
        'cm.connections/2',
        'Introduce two members who share an interest or a problem.',
        'Mettere in contatto due membri che hanno un interesse o un problema in comune.',
      ),
      step(
        'cm.connections/3',
        'Keep a list of active members who help others: your possible ambassadors.',
        'Tenere un elenco dei membri attivi che aiutano gli altri: i potenziali ambassador.',
      ),
    ],
    exampleGoals: [
      loc(
        'Run a weekly ritual (question or AMA) for 4 weeks and list 5 possible ambassadors.',
        'Gestire un appuntamento settimanale (domanda o AMA) per 4 settimane e individuare 5 potenziali ambassador.',
      ),
    ],
  },
  {
    id: 'cm.response',
    name: loc('Empathetic response', 'Risposta empatica'),
    description: loc(
      'Answer comments and DMs warmly and quickly, and route what you cannot solve.',
      'Rispondere a commenti e messaggi con calore e rapidità, smistando ciò che non si può risolvere.',
    ),
    checklist: [
      step(
        'cm.response/1',
        'Write reply templates for the most common comments and questions, and personalise them every time.',
        'Preparare risposte tipo per i commenti e le domande più frequenti, da personalizzare ogni volta.',
      ),
      step(
        'cm.response/2',
        'Agree who handles what (support, sales, legal) and how to hand a case over.',
        'Concordare chi gestisce cosa (assistenza clienti, commerciale, ufficio legale) e come passare un caso.',
      ),
      step(
        'cm.response/3',
        'Track the first-response time and check it every week.',
        'Misurare il tempo di prima risposta e controllarlo ogni settimana.',
      ),
    ],
    exampleGoals: [
      loc(
        'Write 15 reply templates and track the median first-response time for a month.',
        'Scrivere 15 risposte tipo e monitorare per un mese il tempo mediano di prima risposta.',
      ),
    ],
  },
  {
    id: 'cm.moderation',
    name: loc('Guidelines and moderation', 'Regolamento e moderazione'),
    description: loc(
      'Write fair rules that fit the platform’s terms, and apply them the same way every time.',
      'Scrivere regole eque, compatibili con i termini della piattaforma, e applicarle sempre allo stesso modo.',
    ),
    checklist: [
      step(
        'cm.moderation/1',
        'Read the platform’s terms and community standards that apply to your space.',
        'Leggere i termini d’uso e gli standard della community che la piattaforma applica al proprio spazio.',
      ),
      step(
        'cm.moderation/2',
        'Write the rules in plain words on one page, with examples of what is and is not allowed.',
        'Scrivere le regole in parole semplici su una pagina, con esempi di ciò che è ammesso e di ciò che non lo è.',
      ),
      step(
        'cm.moderation/3',
        'Set three sanction levels (warning, removal, ban) and log every decision.',
        'Stabilire tre livelli di sanzione (richiamo, rimozione, ban) e annotare ogni decisione in un registro.',
      ),
    ],
    exampleGoals: [
      loc(
        'Write a one-page rulebook and a decision table with three sanction levels.',
        'Scrivere un regolamento di una pagina e una tabella decisionale con tre livelli di sanzione.',
      ),
    ],
  },
  {
    id: 'cm.deescalation',
    name: loc('Diplomatic de-escalation', 'Gestione diplomatica dei conflitti'),
    description: loc(
      'Calm heated threads, tell fair criticism from abuse, and move disputes to private channels.',
      'Calmare le discussioni accese, distinguere la critica dall’abuso e portare i conflitti in privato.',
    ),
    checklist: [
      step(
        'cm.deescalation/1',
        'Sort hostile comments into fair criticism, misunderstanding, trolling and abuse.',
        'Distinguere i commenti ostili tra critica fondata, malinteso, provocazione e abuso.',
      ),
      step(
        'cm.deescalation/2',
        'Reply in public calmly: acknowledge the feeling first, then give the facts.',
        'Rispondere in pubblico con calma: prima riconoscere lo stato d’animo, poi dare i fatti.',
      ),
      step(
        'cm.deescalation/3',
        'Invite the person to continue in private, and follow up there.',
        'Invitare la persona a proseguire in privato e dare seguito lì alla conversazione.',
      ),
    ],
    exampleGoals: [
      loc(
        'Role-play 5 hostile-comment cases and have a peer review your replies.',
        'Simulare 5 casi di commenti ostili e far rivedere le proprie risposte a un collega.',
      ),
    ],
  },
  {
    id: 'cm.feedback',
    name: loc('Feedback loop', 'Gestione del feedback'),
    description: loc(
      'Group member feedback, send it to the product and marketing teams, and tell members what changed.',
      'Raggruppare i feedback dei membri, inoltrarli a prodotto e marketing e comunicare cosa è cambiato.',
    ),
    checklist: [
      step(
        'cm.feedback/1',
        'Tag member feedback by theme in one shared sheet or tool.',
        'Classificare per tema i feedback dei membri in un unico foglio o strumento condiviso.',
      ),
      step(
        'cm.feedback/2',
        'Send the top requests to product and marketing every month, with examples and numbers.',
        'Inviare ogni mese a prodotto e marketing le richieste principali, con esempi e numeri.',
      ),
      step(
        'cm.feedback/3',
        'Tell members publicly what changed because of their feedback.',
        'Comunicare pubblicamente ai membri cosa è cambiato grazie ai loro feedback.',
      ),
    ],
    exampleGoals: [
      loc(
        'Publish a monthly “top 5 requests” report and close the loop publicly on one item.',
        'Pubblicare ogni mese un report “Le 5 richieste principali” e dare un riscontro pubblico su almeno una.',
      ),
    ],
  },
];
