// Shared skills SH1-SH4: every built-in role links them, with its own target (see roles.ts).
// Split from SH5-SH8 (skills-shared-b.ts) only to keep files short.

import { type BuiltinSkillDef, loc, step } from './build';

export const SHARED_SKILLS_A: readonly BuiltinSkillDef[] = [
  {
    id: 'sh.listening',
    shared: true,
    name: loc('Social listening', 'Social listening'),
    description: loc(
      'Track mentions, sentiment and topics about the brand and its sector; turn signals into actions.',
      'Monitorare menzioni, sentiment e temi su brand e settore; trasformare i segnali in azioni.',
    ),
    checklist: [
      step(
        'sh.listening/1',
        'Set alerts for the brand, its products, key people and competitors.',
        'Impostare avvisi su brand, prodotti, persone chiave e competitor.',
      ),
      step(
        'sh.listening/2',
        'Review mentions and sentiment on a fixed day every week.',
        'Analizzare menzioni e sentiment in un giorno fisso della settimana.',
      ),
      step(
        'sh.listening/3',
        'Turn each insight into one proposed action, with an owner.',
        'Trasformare ogni insight in un’azione concreta, con un responsabile.',
      ),
    ],
    exampleGoals: [
      loc(
        'Set alerts for the brand and 2 competitors, and write a short weekly insight report.',
        'Impostare avvisi per il brand e 2 competitor e scrivere ogni settimana un breve report di insight.',
      ),
    ],
  },
  {
    id: 'sh.platforms',
    shared: true,
    name: loc('Platform and tool fluency', 'Padronanza di piattaforme e strumenti'),
    description: loc(
      'Know each platform’s formats and native features, plus scheduling and analytics tools.',
      'Conoscere formati e funzioni native di ogni piattaforma e gli strumenti di programmazione e analisi.',
    ),
    checklist: [
      step(
        'sh.platforms/1',
        'Keep a sheet of formats, sizes and native features per platform, updated every quarter.',
        'Tenere una scheda di formati, dimensioni e funzioni native per piattaforma, aggiornata ogni trimestre.',
      ),
      step(
        'sh.platforms/2',
        'Try each new native feature within a month of its launch.',
        'Provare ogni nuova funzione nativa entro un mese dal lancio.',
      ),
      step(
        'sh.platforms/3',
        'Compare scheduling and analytics tools on features, cost and limits.',
        'Confrontare gli strumenti di programmazione e analisi per funzioni, costi e limiti.',
      ),
    ],
    exampleGoals: [
      loc(
        'Compare 3 tools in a feature matrix.',
        'Confrontare 3 strumenti in una matrice delle funzionalità.',
      ),
    ],
  },
  {
    id: 'sh.voice',
    shared: true,
    name: loc('Brand voice and identity', 'Tone of voice e identità del brand'),
    description: loc(
      'Express the brand’s personality consistently: the community manager embodies it, the social media manager writes it, the strategist defines it.',
      'Esprimere con coerenza la personalità del brand: il community manager la incarna, il social media manager la scrive, lo strategist la definisce.',
    ),
    checklist: [
      step(
        'sh.voice/1',
        'Describe the brand’s personality in three adjectives, each with a “this, not that” example.',
        'Descrivere la personalità del brand con tre aggettivi, ciascuno con un esempio «così sì, così no».',
      ),
      step(
        'sh.voice/2',
        'Collect real posts and replies that are on brand and off brand.',
        'Raccogliere esempi reali di post e risposte in linea e non in linea con il brand.',
      ),
      step(
        'sh.voice/3',
        'Check new content against the guide before it goes out.',
        'Verificare i nuovi contenuti rispetto alla guida prima della pubblicazione.',
      ),
    ],
    exampleGoals: [
      loc(
        'Write a one-page tone-of-voice guide.',
        'Scrivere una guida al tone of voice di una pagina.',
      ),
    ],
  },
  {
    id: 'sh.analytics',
    shared: true,
    name: loc('Analytics and reporting', 'Analisi dei dati e reportistica'),
    description: loc(
      'Pick metrics that match the goals, measure what social brings to the site, and report results with recommended actions.',
      'Scegliere metriche coerenti con gli obiettivi, misurare cosa portano i social al sito e presentare i risultati con azioni consigliate.',
    ),
    checklist: [
      step(
        'sh.analytics/1',
        'Choose 3 to 5 metrics for each goal, and leave vanity metrics out.',
        'Scegliere da 3 a 5 metriche per ogni obiettivo, tralasciando le vanity metric.',
      ),
      step(
        'sh.analytics/2',
        'Pull the data on a fixed date and compare it with the previous period.',
        'Estrarre i dati in una data fissa e confrontarli con il periodo precedente.',
      ),
      step(
        'sh.analytics/3',
        'End every report with recommended actions, not just numbers.',
        'Chiudere ogni report con azioni consigliate, non solo con i numeri.',
      ),
      step(
        'sh.analytics/4',
        'Tag every link with UTM parameters, count conversions in GA4, and say in the report what the data cannot see (dark social, refused cookies).',
        'Aggiungere i parametri UTM a ogni link, misurare le conversioni in GA4 e dichiarare nel report ciò che i dati non vedono (dark social, consenso ai cookie negato).',
      ),
    ],
    exampleGoals: [
      loc(
        'Build a monthly dashboard with 3 recommended actions.',
        'Costruire una dashboard mensile con 3 azioni consigliate.',
      ),
    ],
  },
];
