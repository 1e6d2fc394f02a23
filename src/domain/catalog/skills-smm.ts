// Social Media Manager skills ("what to say"). Sources: the article, ESCO, HubSpot Social Media,
// Meta Digital Marketing Associate, UK multi-channel marketer (see the content brief).

import { type BuiltinSkillDef, loc, step } from './build';

export const SMM_SKILLS: readonly BuiltinSkillDef[] = [
  {
    id: 'smm.comms-plan',
    name: loc('Communication plan', 'Piano di comunicazione'),
    description: loc(
      'Turn business aims into a written plan: measurable goals per channel, target, message pillars, frequency.',
      'Tradurre gli obiettivi aziendali in un piano scritto: obiettivi misurabili per canale, target, pilastri del messaggio, frequenza.',
    ),
    checklist: [
      step(
        'smm.comms-plan/1',
        'Turn each business aim into a SMART objective for each channel.',
        'Tradurre ogni obiettivo aziendale in un obiettivo SMART per ciascun canale.',
      ),
      step(
        'smm.comms-plan/2',
        'Describe the target audience and 3 to 5 message pillars.',
        'Definire il target e da 3 a 5 pilastri del messaggio.',
      ),
      step(
        'smm.comms-plan/3',
        'Set the posting frequency and the KPIs you will review every month.',
        'Stabilire la frequenza di pubblicazione e i KPI da verificare ogni mese.',
      ),
    ],
    exampleGoals: [
      loc(
        'Write a quarterly plan with three SMART objectives.',
        'Scrivere un piano trimestrale con tre obiettivi SMART.',
      ),
    ],
  },
  {
    id: 'smm.calendar',
    name: loc('Editorial calendar', 'Calendario editoriale'),
    description: loc(
      'Keep a calendar that balances themes and formats, with deadlines, approvals and scheduling.',
      'Gestire un calendario che bilancia temi e formati, con scadenze, approvazioni e programmazione.',
    ),
    checklist: [
      step(
        'smm.calendar/1',
        'Plan four weeks ahead, balancing message pillars and formats.',
        'Pianificare con quattro settimane di anticipo, bilanciando pilastri del messaggio e formati.',
      ),
      step(
        'smm.calendar/2',
        'Give every post a deadline, an owner and an approval step.',
        'Assegnare a ogni post una scadenza, un responsabile e un passaggio di approvazione.',
      ),
      step(
        'smm.calendar/3',
        'Schedule posts in a tool, and leave room for real-time content.',
        'Programmare i post con uno strumento dedicato, lasciando spazio ai contenuti in tempo reale.',
      ),
    ],
    exampleGoals: [
      loc(
        'Build a 4-week calendar in a scheduling tool, including an approval step.',
        'Costruire un calendario di 4 settimane in uno strumento di programmazione, con un passaggio di approvazione.',
      ),
    ],
  },
  {
    id: 'smm.copywriting',
    name: loc('Copywriting and adaptation', 'Copywriting e adattamento'),
    description: loc(
      'Write hooks, captions and calls to action; rewrite one idea natively for each platform.',
      'Scrivere hook, didascalie e call to action; riscrivere la stessa idea in modo nativo per ogni piattaforma.',
    ),
    checklist: [
      step(
        'smm.copywriting/1',
        'Write three hooks for the same idea and keep the strongest.',
        'Scrivere tre hook per la stessa idea e tenere il più efficace.',
      ),
      step(
        'smm.copywriting/2',
        'End every post with one clear call to action.',
        'Chiudere ogni post con un’unica call to action chiara.',
      ),
      step(
        'smm.copywriting/3',
        'Rewrite one idea natively for two platforms: length, tone and format.',
        'Riscrivere la stessa idea in modo nativo per due piattaforme: lunghezza, tono e formato.',
      ),
    ],
    exampleGoals: [
      loc(
        'Write 10 variations of one post and A/B test the two strongest.',
        'Scrivere 10 varianti dello stesso post e mettere a confronto le due migliori con un test A/B.',
      ),
    ],
  },
  {
    id: 'smm.visual',
    name: loc('Visual and video direction', 'Direzione visiva e video'),
    description: loc(
      'Brief and review mobile-first photos and short videos: brand shown early, works without sound, captions added.',
      'Impostare e revisionare foto e video brevi per smartphone: brand subito visibile, comprensibili senza audio, sottotitoli.',
    ),
    checklist: [
      step(
        'smm.visual/1',
        'Write a short brief for a photo or video: aim, format, key message.',
        'Scrivere un brief sintetico per una foto o un video: obiettivo, formato, messaggio chiave.',
      ),
      step(
        'smm.visual/2',
        'Check that the brand shows in the first seconds and the video makes sense without sound.',
        'Verificare che il brand compaia nei primi secondi e che il video si capisca anche senza audio.',
      ),
      step(
        'smm.visual/3',
        'Add captions, and review everything on a phone before publishing.',
        'Aggiungere i sottotitoli e rivedere tutto su smartphone prima di pubblicare.',
      ),
    ],
    exampleGoals: [
      loc(
        'Storyboard a 15-second vertical video and check it against a mobile checklist.',
        'Preparare lo storyboard di un video verticale di 15 secondi e verificarlo con una checklist per smartphone.',
      ),
    ],
  },
  {
    id: 'smm.curation',
    name: loc('Curation, UGC and creators', 'Curation, UGC e creator'),
    description: loc(
      'Pick content from users and third parties, and set up fair creator collaborations once rights are cleared.',
      'Selezionare contenuti di utenti e terzi e avviare collaborazioni corrette con i creator, dopo aver chiarito i diritti.',
    ),
    checklist: [
      step(
        'smm.curation/1',
        'Ask for written permission before reposting user content, and credit the author.',
        'Chiedere l’autorizzazione scritta prima di ripubblicare contenuti degli utenti e citare sempre l’autore.',
      ),
      step(
        'smm.curation/2',
        'Choose creators for audience fit and shared values, not for follower count alone.',
        'Scegliere i creator per affinità di pubblico e di valori, non solo per il numero di follower.',
      ),
      step(
        'smm.curation/3',
        'Write a creator brief: deliverables, usage rights, fee and paid-partnership disclosure.',
        'Scrivere un brief per i creator: contenuti richiesti, diritti d’uso, compenso e indicazione della collaborazione commerciale.',
      ),
    ],
    exampleGoals: [
      loc(
        'Get permission for 5 UGC reposts and draft a creator brief.',
        'Ottenere l’autorizzazione per 5 repost di UGC e preparare la bozza di un brief per creator.',
      ),
    ],
  },
  {
    id: 'smm.paid',
    name: loc('Paid social and testing', 'Social advertising e test'),
    description: loc(
      'Set up simple campaigns (objective, audience, budget, creative) and learn through controlled tests.',
      'Configurare campagne semplici (obiettivo, pubblico, budget, creatività) e imparare con test controllati.',
    ),
    checklist: [
      step(
        'smm.paid/1',
        'Pick the campaign objective that matches the business goal.',
        'Scegliere l’obiettivo di campagna coerente con l’obiettivo di business.',
      ),
      step(
        'smm.paid/2',
        'Define audience, budget and duration before building the ad.',
        'Definire pubblico, budget e durata prima di creare l’inserzione.',
      ),
      step(
        'smm.paid/3',
        'Test one variable at a time: creative, audience or copy.',
        'Testare una variabile alla volta: creatività, pubblico o testo.',
      ),
      step(
        'smm.paid/4',
        'Report the cost per result and what you will change next time.',
        'Riportare il costo per risultato e cosa cambiare la volta successiva.',
      ),
    ],
    exampleGoals: [
      loc(
        'With €50, run one campaign with two creatives and report the cost per result.',
        'Con 50 €, gestire una campagna con due creatività e riportare il costo per risultato.',
      ),
    ],
  },
];
