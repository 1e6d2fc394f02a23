// Social Media Strategist skills ("the long-term view"). Sources: the article, ESCO "digital
// marketing manager", HubSpot, Community Roundtable, CMX (see the content brief).

import { type BuiltinSkillDef, loc, step } from './build';

export const STRATEGIST_SKILLS: readonly BuiltinSkillDef[] = [
  {
    id: 'str.strategy',
    name: loc('Strategy and business case', 'Strategia e business case'),
    description: loc(
      'Set a multi-year direction for social media that serves company goals, with its budget, resources and expected value.',
      'Definire una direzione pluriennale per i social al servizio degli obiettivi aziendali, con budget, risorse e valore atteso.',
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
        'Write a two-page 12-month strategy with three business KPIs and present it in 10 minutes.',
        'Scrivere in due pagine una strategia a 12 mesi con tre KPI di business e presentarla in 10 minuti.',
      ),
    ],
  },
  {
    id: 'str.ecosystem',
    name: loc('Ecosystem integration', 'Integrazione dell’ecosistema digitale'),
    description: loc(
      'Make social media work with the website, blog, email, search and CRM so channels feed each other.',
      'Far lavorare i social con sito, blog, email, ricerca e CRM, perché i canali si alimentino a vicenda.',
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
    name: loc('Platform portfolio', 'Portafoglio delle piattaforme'),
    description: loc(
      'Decide which platforms to keep, drop or test, and what job each one does.',
      'Decidere quali piattaforme mantenere, abbandonare o sperimentare e quale compito affidare a ciascuna.',
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
        'Decidere cosa mantenere, abbandonare o sperimentare, fissando una data di verifica.',
      ),
    ],
    exampleGoals: [
      loc(
        'Build a platform scorecard and justify one “stop” decision.',
        'Costruire una scheda di valutazione delle piattaforme e motivare una decisione di abbandono.',
      ),
      loc(
        'Test one new platform for three months with a clear rule for stopping.',
        'Sperimentare una nuova piattaforma per tre mesi con un criterio chiaro per fermarsi.',
      ),
    ],
  },
  {
    id: 'str.audit',
    name: loc('Audit and competitor analysis', 'Audit e analisi dei concorrenti'),
    description: loc(
      'Assess the brand’s whole online presence and competitors’ approaches to find gaps.',
      'Valutare l’intera presenza online del brand e gli approcci dei concorrenti per trovare lacune.',
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
        'Confrontare tre concorrenti per contenuti, frequenza, engagement e tono.',
      ),
      step(
        'str.audit/3',
        'Sum up strengths, gaps and opportunities in a SWOT.',
        'Riassumere punti di forza, lacune e opportunità in un’analisi SWOT.',
      ),
    ],
    exampleGoals: [
      loc(
        'Audit your channels and three competitors’ channels, then write a SWOT.',
        'Analizzare i propri canali e quelli di tre concorrenti, poi scrivere un’analisi SWOT.',
      ),
    ],
  },
  {
    id: 'str.governance',
    name: loc('Governance, team and workflows', 'Governance, team e processi'),
    description: loc(
      'Define roles, approvals, the social media policy, employee-advocacy rules and risk controls.',
      'Definire ruoli, approvazioni, policy social, regole per l’advocacy dei dipendenti e controlli del rischio.',
    ),
    checklist: [
      step(
        'str.governance/1',
        'Write a RACI: who drafts, who approves, who publishes and who answers.',
        'Scrivere una matrice RACI: chi scrive, chi approva, chi pubblica e chi risponde.',
      ),
      step(
        'str.governance/2',
        'Write a social media policy for employees, including the advocacy rules.',
        'Scrivere una social media policy per i dipendenti, comprese le regole per l’advocacy.',
      ),
      step(
        'str.governance/3',
        'Keep account access under control: owners, passwords, two-factor authentication.',
        'Tenere sotto controllo gli accessi agli account: titolari, password, autenticazione a due fattori.',
      ),
    ],
    exampleGoals: [
      loc(
        'Write a social media policy and a RACI for a three-person team.',
        'Scrivere una social media policy e una matrice RACI per un team di tre persone.',
      ),
    ],
  },
];
