// Social Media Manager skills ("what to say"). Sources: the article, ESCO, HubSpot Social Media,
// Meta Digital Marketing Associate, UK multi-channel marketer (see the content brief), with the
// December 2026 review (docs/content-v2-decisions.md). A step whose meaning changed has a new id.

import { type BuiltinSkillDef, loc, step } from './build';

export const SMM_SKILLS: readonly BuiltinSkillDef[] = [
  {
    id: 'smm.comms-plan',
    name: loc('Editorial plan', 'Piano editoriale (PED)'),
    description: loc(
      'Turn business aims into a written editorial plan: measurable goals per channel, target audience, content pillars, frequency and publishing rules.',
      'Tradurre gli obiettivi aziendali in un piano editoriale scritto: obiettivi misurabili per canale, target, rubriche, frequenza e regole di pubblicazione.',
    ),
    checklist: [
      step(
        'smm.comms-plan/1',
        'Turn each business aim into a SMART objective for each channel.',
        'Tradurre ogni obiettivo aziendale in un obiettivo SMART per ciascun canale.',
      ),
      step(
        'smm.comms-plan/2',
        'Describe the target audience and 3 to 5 content pillars.',
        'Definire il target e da 3 a 5 rubriche (content pillar).',
      ),
      step(
        'smm.comms-plan/3',
        'Set the posting frequency and the KPIs you will review every month.',
        'Stabilire la frequenza di pubblicazione e i KPI da verificare ogni mese.',
      ),
    ],
    exampleGoals: [
      loc(
        'Write a quarterly editorial plan with three SMART objectives.',
        'Scrivere un PED trimestrale con tre obiettivi SMART.',
      ),
    ],
  },
  {
    id: 'smm.calendar',
    name: loc('Editorial calendar', 'Calendario editoriale'),
    description: loc(
      'Keep a calendar that balances themes and formats, with deadlines, approvals and scheduling.',
      'Gestire un calendario che bilancia rubriche e formati, con scadenze, approvazioni e programmazione.',
    ),
    checklist: [
      step(
        'smm.calendar/1',
        'Plan four weeks ahead, balancing content pillars and formats.',
        'Pianificare con quattro settimane di anticipo, bilanciando rubriche e formati.',
      ),
      step(
        'smm.calendar/2',
        'Give every post a deadline, an owner and an approval step.',
        'Assegnare a ogni post una scadenza, un responsabile e un passaggio di approvazione.',
      ),
      step(
        'smm.calendar/3',
        'Schedule posts in a tool, and leave room for reactive content on current events.',
        'Programmare i post con uno strumento dedicato, lasciando spazio all’instant marketing (contenuti legati all’attualità).',
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
      'Write hooks, captions and calls to action; adapt one idea to the language and formats of each platform.',
      'Scrivere hook, copy e call to action; riadattare la stessa idea al linguaggio e ai formati di ogni piattaforma.',
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
        'Adapt one idea to two platforms: length, tone and format.',
        'Riadattare la stessa idea a due piattaforme: lunghezza, tono e formato.',
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
    name: loc('Visual and video content', 'Contenuti visual e video'),
    description: loc(
      'Brief and review mobile-first photos and short videos: brand shown early, clear without sound, accessible to everyone.',
      'Scrivere il brief e revisionare foto e video brevi mobile first: brand subito visibile, comprensibili senza audio, accessibili a tutte le persone.',
    ),
    checklist: [
      step(
        'smm.visual/1',
        'Write a short brief for a photo or video: aim, format, key message.',
        'Scrivere un brief sintetico per una foto o un video: obiettivo, formato, messaggio chiave.',
      ),
      // Replaces smm.visual/2 (brand early, works without sound): adds the hook and cleared music.
      step(
        'smm.visual/4',
        'In a vertical video, put the hook and the brand in the first seconds, make it clear without sound, and use only music cleared for commercial use.',
        'In un video verticale, mettere hook e brand nei primi secondi, renderlo comprensibile senza audio e usare solo musica autorizzata per uso commerciale.',
      ),
      // Replaces smm.visual/3 (captions, review on a phone): the whole accessibility check.
      step(
        'smm.visual/5',
        'Add captions and alt text, check the contrast of text on images, write hashtags in CamelCase, and review it all on a phone.',
        'Aggiungere sottotitoli e testo alternativo, controllare il contrasto dei testi sulle immagini, scrivere gli hashtag in CamelCase e rivedere tutto su smartphone.',
      ),
    ],
    exampleGoals: [
      loc(
        'Storyboard a 15-second vertical video and check it against a mobile and accessibility checklist.',
        'Preparare lo storyboard di un video verticale di 15 secondi e verificarlo con una checklist per smartphone e accessibilità.',
      ),
    ],
  },
  {
    id: 'smm.curation',
    name: loc('Curation, UGC and creators', 'Curation, UGC e creator'),
    description: loc(
      'Pick content from users and third parties, and set up transparent, fair creator collaborations once rights are cleared.',
      'Selezionare contenuti di utenti e terzi e avviare collaborazioni trasparenti ed eque con i creator, dopo aver chiarito i diritti.',
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
      step(
        'smm.curation/4',
        'Check whether the creator is a “relevant influencer” for AGCOM (500,000 followers or 1 million average monthly views; 7/24/CONS as amended by 197/25/CONS), and put the disclosure duty in the contract.',
        'Verificare se il creator è un «influencer rilevante» per AGCOM (500.000 follower o 1 milione di visualizzazioni medie mensili; delibera 7/24/CONS modificata dalla 197/25/CONS) e scrivere nel contratto l’obbligo di dichiarare la collaborazione.',
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
      'Set up simple campaigns (objective, audience, budget, creative) within the ad rules, and learn through controlled tests.',
      'Configurare campagne semplici (obiettivo, pubblico, budget, creatività) nel rispetto delle regole sulla pubblicità e imparare con test controllati.',
    ),
    checklist: [
      step(
        'smm.paid/1',
        'Pick the campaign objective that matches the business goal.',
        'Scegliere l’obiettivo di campagna coerente con l’obiettivo di business.',
      ),
      // Replaces smm.paid/2: the audience is now defined within the DSA's limits.
      step(
        'smm.paid/5',
        'Define audience, budget and duration before building the ad: no targeting on sensitive data, no profiling-based ads to minors (DSA art. 26 and 28).',
        'Definire pubblico, budget e durata prima di creare l’inserzione: nessun targeting su dati sensibili, nessuna pubblicità basata sulla profilazione rivolta a minori (DSA, artt. 26 e 28).',
      ),
      step(
        'smm.paid/3',
        'Test one variable at a time: creative, audience or copy.',
        'Testare una variabile alla volta: creatività, pubblico o copy.',
      ),
      step(
        'smm.paid/4',
        'Report the cost per result and what you will change next time.',
        'Indicare nel report il costo per risultato e cosa cambiare la volta successiva.',
      ),
    ],
    exampleGoals: [
      loc(
        'With €50, run one campaign with two creatives and report the cost per result.',
        'Con 50 €, gestire una campagna con due creatività e indicare nel report il costo per risultato.',
      ),
    ],
  },
];
