// Social Media Strategist skills ("the long-term view"). Sources: the article, ESCO "digital
// marketing manager", HubSpot, Community Roundtable, CMX (see the content brief), with the
// December 2026 review (docs/content-v2-decisions.md). A step whose meaning changed has a new id.

import { type BuiltinSkillDef, loc, step } from './build';

export const STRATEGIST_SKILLS: readonly BuiltinSkillDef[] = [
  {
    id: 'str.strategy',
    name: loc('Strategy and business case', 'Strategia e business case'),
    description: loc(
      'Set a 12-to-36-month direction for social media that serves company goals, with its budget, resources and expected value.',
      'Definire per i social una direzione a 12-36 mesi al servizio degli obiettivi aziendali, con budget, risorse e valore atteso.',
    ),
    checklist: [
      step(
        'str.strategy/1',
        'Link each social media aim to a company goal and a business KPI.',
        'Collegare ogni obiettivo social a un obiettivo aziendale e a un KPI di business.',
      ),
      step(
        'str.strategy/2',
        'Estimate the budget, people and tools needed, and the value you expect.',
        'Stimare budget, persone e strumenti necessari, e il valore atteso.',
      ),
      step(
        'str.strategy/3',
        'Present the strategy in 10 minutes and collect the objections.',
        'Presentare la strategia in 10 minuti e raccogliere le obiezioni.',
      ),
    ],
    exampleGoals: [
      loc(
        'Write a two-page strategy for the next 12 to 36 months with three business KPIs and present it in 10 minutes.',
        'Scrivere in due pagine una strategia per i prossimi 12-36 mesi con tre KPI di business e presentarla in 10 minuti.',
      ),
    ],
  },
  {
    id: 'str.ecosystem',
    name: loc('Ecosystem integration', 'Integrazione dell’ecosistema digitale'),
    description: loc(
      'Integrate social media with the website, blog, email marketing, SEO and CRM so channels feed each other.',
      'Integrare i social con sito, blog, email marketing, SEO e CRM, perché i canali si alimentino a vicenda.',
    ),
    checklist: [
      step(
        'str.ecosystem/1',
        'Map how people move between social media, website, email, search and CRM.',
        'Mappare come le persone si spostano tra social, sito, email, motori di ricerca e CRM.',
      ),
      step(
        'str.ecosystem/2',
        'Find the hand-offs where people drop out or data gets lost.',
        'Individuare i passaggi in cui si perdono le persone o i dati.',
      ),
      step(
        'str.ecosystem/3',
        'Agree UTM tags and tracking with the web and CRM teams.',
        'Concordare parametri UTM e tracciamento con chi gestisce sito e CRM.',
      ),
      step(
        'str.ecosystem/4',
        'Decide whether to sell inside the platforms (TikTok Shop, live shopping, shoppable posts), and who handles orders, returns and customer care there.',
        'Decidere se vendere dentro le piattaforme (TikTok Shop, live shopping, post acquistabili) e chi gestisce lì ordini, resi e assistenza.',
      ),
    ],
    exampleGoals: [
      loc(
        'Map one cross-channel customer journey and find three weak hand-offs.',
        'Mappare un customer journey su più canali e individuare tre passaggi deboli.',
      ),
    ],
  },
  {
    id: 'str.portfolio',
    name: loc('Platform portfolio', 'Mix e presidio dei canali'),
    description: loc(
      'Decide which platforms and owned channels to keep, drop or test, and what job each one does.',
      'Decidere quali piattaforme e canali proprietari presidiare, chiudere o sperimentare e quale compito affidare a ciascuno.',
    ),
    checklist: [
      step(
        'str.portfolio/1',
        'Give each platform one job: awareness, community, customer care or sales.',
        'Assegnare a ogni piattaforma un compito: notorietà, community, assistenza o vendita.',
      ),
      step(
        'str.portfolio/2',
        'Score each platform on audience fit, results and effort.',
        'Valutare ogni piattaforma per affinità con il pubblico, risultati e impegno richiesto.',
      ),
      step(
        'str.portfolio/3',
        'Decide what to keep, drop or test, and set a review date.',
        'Decidere cosa mantenere, chiudere o sperimentare, fissando una data di verifica.',
      ),
      step(
        'str.portfolio/4',
        'Weigh LinkedIn for B2B and owned channels (WhatsApp Channels, Telegram, Discord), which reach people without the feed’s algorithm.',
        'Valutare LinkedIn per il B2B e i canali proprietari (Canali WhatsApp, Telegram, Discord), che raggiungono le persone senza passare dall’algoritmo del feed.',
      ),
    ],
    exampleGoals: [
      loc(
        'Build a platform scorecard and justify closing one channel.',
        'Costruire una scheda di valutazione delle piattaforme e motivare la chiusura di un canale.',
      ),
      loc(
        'Test one new platform for three months with a clear rule for stopping.',
        'Sperimentare una nuova piattaforma per tre mesi con un criterio chiaro per fermarsi.',
      ),
    ],
  },
  {
    id: 'str.audit',
    name: loc('Audit and competitor analysis', 'Audit e analisi dei competitor'),
    description: loc(
      'Assess the brand’s whole online presence and competitors’ strategies to find weaknesses and opportunities.',
      'Valutare l’intera presenza online del brand e le strategie dei competitor per individuare punti deboli e opportunità.',
    ),
    checklist: [
      step(
        'str.audit/1',
        'List every brand account and check that each is active, consistent and under control.',
        'Censire tutti gli account del brand e verificare che siano attivi, coerenti e sotto controllo.',
      ),
      step(
        'str.audit/2',
        'Compare three competitors on content, frequency, engagement and tone.',
        'Confrontare tre competitor per contenuti, frequenza, engagement e tono.',
      ),
      // Same id: the step always asked for a SWOT; only its spelling-out was wrong.
      step(
        'str.audit/3',
        'Sum up strengths, weaknesses, opportunities and threats in a SWOT analysis.',
        'Riassumere punti di forza, punti deboli, opportunità e minacce in un’analisi SWOT.',
      ),
    ],
    exampleGoals: [
      loc(
        'Audit your channels and three competitors’ channels, then write a SWOT.',
        'Analizzare i propri canali e quelli di tre competitor, poi scrivere un’analisi SWOT.',
      ),
    ],
  },
  {
    id: 'str.governance',
    name: loc('Governance, team and workflows', 'Governance, team e processi'),
    description: loc(
      'Define roles, approvals, the social media policy, employee advocacy and AI-use rules, and risk management.',
      'Definire ruoli, approvazioni, la social media policy, le regole di employee advocacy e di uso dell’IA e la gestione dei rischi.',
    ),
    checklist: [
      // Replaces str.governance/1, which called a task list (who drafts, approves...) a RACI.
      step(
        'str.governance/4',
        'Write a RACI for drafting, approving, publishing and replying: for each, who is Responsible, Accountable, Consulted and Informed.',
        'Scrivere una matrice RACI per stesura, approvazione, pubblicazione e risposte: per ciascuna, chi esegue (Responsible), chi approva e ne risponde (Accountable), chi va consultato (Consulted) e chi va informato (Informed).',
      ),
      step(
        'str.governance/2',
        'Write a social media policy for employees, including the employee advocacy rules.',
        'Scrivere una social media policy per i dipendenti, comprese le regole di employee advocacy.',
      ),
      step(
        'str.governance/3',
        'Keep account access under control: owners, passwords, two-factor authentication.',
        'Tenere sotto controllo gli accessi agli account: titolari, password, autenticazione a due fattori.',
      ),
      step(
        'str.governance/5',
        'Write an AI-use policy: tools allowed, data never pasted, human review, disclosure of AI-made content.',
        'Scrivere una policy sull’uso dell’IA: strumenti ammessi, dati da non inserire mai, revisione umana, dichiarazione dei contenuti generati.',
      ),
    ],
    exampleGoals: [
      loc(
        'Write a social media policy and a RACI for a three-person team.',
        'Scrivere una social media policy e una matrice RACI per un team di tre persone.',
      ),
      loc(
        'Run an 8-week employee advocacy pilot on LinkedIn with 5 colleagues, then report reach and what they found hard.',
        'Avviare un progetto pilota di employee advocacy su LinkedIn di 8 settimane con 5 persone dell’azienda e riportare in un report copertura e difficoltà incontrate.',
      ),
    ],
  },
];
