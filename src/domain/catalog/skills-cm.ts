// Community Manager skills ("who to engage"). Sources: Meta Certified Community Manager,
// Community Roundtable, CMX, ESCO "online community manager" (see the content brief), with the
// December 2026 review (docs/content-v2-decisions.md). A step whose meaning changed has a new id.

import { type BuiltinSkillDef, loc, step } from './build';

export const CM_SKILLS: readonly BuiltinSkillDef[] = [
  {
    id: 'cm.onboarding',
    name: loc('Onboarding', 'Onboarding dei nuovi membri'),
    description: loc(
      'Turn newcomers into active members with a welcome path and guided first steps.',
      'Trasformare i nuovi iscritti in membri attivi con un percorso di benvenuto e primi passi guidati.',
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
        'Scrivere un post e un DM di benvenuto e una guida «Inizia da qui» fissata in alto.',
      ),
      step(
        'cm.onboarding/3',
        'Give newcomers one easy first action, such as introducing themselves in a thread.',
        'Proporre ai nuovi una prima azione semplice, come presentarsi in un thread dedicato.',
      ),
      step(
        'cm.onboarding/4',
        'Count how many newcomers post within 14 days, and adjust the welcome path.',
        'Contare quanti nuovi membri pubblicano entro 14 giorni e correggere il percorso di conseguenza.',
      ),
    ],
    exampleGoals: [
      loc(
        'Write a welcome sequence (post, DM, pinned guide) and measure how many newcomers post within 14 days.',
        'Scrivere una sequenza di benvenuto (post, DM, guida fissata in alto) e misurare quanti nuovi membri pubblicano entro 14 giorni.',
      ),
    ],
  },
  {
    id: 'cm.connections',
    name: loc('Engagement and member connections', 'Engagement e relazioni tra i membri'),
    description: loc(
      'Start conversations, introduce members to each other, and spot potential ambassadors.',
      'Avviare conversazioni, far conoscere i membri tra loro e individuare i potenziali ambassador.',
    ),
    checklist: [
      step(
        'cm.connections/1',
        'Run a recurring ritual (weekly question, AMA – Ask Me Anything, themed thread) at a fixed time.',
        'Proporre un appuntamento fisso (domanda della settimana, AMA – Ask Me Anything, thread a tema), sempre alla stessa ora.',
      ),
      step(
        'cm.connections/2',
        'Introduce two members who share an interest or a problem.',
        'Mettere in contatto due membri che hanno un interesse o un problema in comune.',
      ),
      step(
        'cm.connections/3',
        'Keep a list of active members who help others: your potential ambassadors.',
        'Tenere un elenco dei membri attivi che aiutano gli altri: i potenziali ambassador.',
      ),
    ],
    exampleGoals: [
      loc(
        'Run a weekly ritual (question or AMA) for 4 weeks and list 5 potential ambassadors.',
        'Proporre un appuntamento settimanale (domanda o AMA) per 4 settimane e individuare 5 potenziali ambassador.',
      ),
    ],
  },
  {
    id: 'cm.response',
    name: loc('Empathetic response', 'Risposta empatica'),
    description: loc(
      'Answer comments and DMs warmly and quickly, and pass what you cannot solve to the right people.',
      'Rispondere a commenti e messaggi con calore e rapidità, inoltrando a chi di dovere ciò che non si può risolvere direttamente.',
    ),
    checklist: [
      step(
        'cm.response/1',
        'Write reply templates for the most common comments and questions, and personalise them every time.',
        'Preparare risposte tipo per i commenti e le domande più frequenti, da personalizzare ogni volta.',
      ),
      step(
        'cm.response/2',
        'Agree who handles what (support, sales, legal) and how to escalate a case.',
        'Concordare chi gestisce cosa (assistenza clienti, commerciale, ufficio legale) e come inoltrare un caso (escalation).',
      ),
      // Replaces cm.response/3 ("track the first-response time weekly"): now measured against
      // service hours declared on the profile, with the response rate.
      step(
        'cm.response/4',
        'Declare service hours on the profile, and check response time and response rate against them every week.',
        'Dichiarare sul profilo gli orari di assistenza e verificare ogni settimana tempo e tasso di risposta rispetto a quegli orari.',
      ),
      step(
        'cm.response/5',
        'If a chatbot or AI answers DMs, say so in its first message and offer a person on request.',
        'Se ai DM risponde un chatbot o un’IA, dichiararlo nel primo messaggio e offrire su richiesta il contatto con una persona.',
      ),
    ],
    exampleGoals: [
      loc(
        'Write 15 reply templates and track the median first-response time within service hours for a month.',
        'Scrivere 15 risposte tipo e monitorare per un mese il tempo mediano di prima risposta negli orari di assistenza.',
      ),
    ],
  },
  {
    id: 'cm.moderation',
    name: loc('Guidelines and moderation', 'Netiquette e moderazione'),
    description: loc(
      'Write fair rules that fit the platform’s terms, apply them the same way every time, and look after those who moderate.',
      'Scrivere regole eque, compatibili con i termini della piattaforma, applicarle sempre allo stesso modo e tutelare chi modera.',
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
        'Scrivere la netiquette in parole semplici su una pagina, con esempi di ciò che è ammesso e di ciò che non lo è.',
      ),
      step(
        'cm.moderation/3',
        'Set three sanction levels (warning, removal of the content, ban) and log every decision.',
        'Stabilire tre livelli di sanzione (avvertimento, rimozione del contenuto, ban) e annotare ogni decisione in un registro.',
      ),
      step(
        'cm.moderation/4',
        'Protect moderators: take turns on abusive content, pause after the worst cases, moderate within declared hours.',
        'Tutelare chi modera: alternarsi sui contenuti offensivi, fare una pausa dopo i casi più pesanti, moderare negli orari dichiarati.',
      ),
    ],
    exampleGoals: [
      loc(
        'Write a one-page rulebook and a decision table with three sanction levels.',
        'Scrivere una netiquette di una pagina e una tabella decisionale con tre livelli di sanzione.',
      ),
    ],
  },
  {
    id: 'cm.deescalation',
    name: loc('Diplomatic de-escalation', 'Gestione diplomatica dei conflitti'),
    description: loc(
      'Calm heated threads, tell fair criticism from insults and harassment, and move the discussion to private.',
      'Calmare le discussioni accese, distinguere la critica legittima da insulti e molestie e spostare la discussione in privato.',
    ),
    checklist: [
      step(
        'cm.deescalation/1',
        'Sort hostile comments: fair criticism, misunderstanding, trolling, insults or harassment.',
        'Classificare i commenti ostili: critica fondata, malinteso, trolling, insulti o molestie.',
      ),
      step(
        'cm.deescalation/2',
        'Reply in public calmly: acknowledge the feeling first, then set out the facts.',
        'Rispondere in pubblico con calma: prima riconoscere lo stato d’animo, poi chiarire i fatti.',
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
        'Simulare 5 casi di commenti ostili e far rivedere le proprie risposte a un collega o a una collega.',
      ),
    ],
  },
  {
    id: 'cm.feedback',
    name: loc('Feedback loop', 'Feedback loop'),
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
        'Pubblicare ogni mese un report «Le 5 richieste principali» e dare un riscontro pubblico su almeno una.',
      ),
    ],
  },
];
