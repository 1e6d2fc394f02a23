// What levels 1-4 look like in each shared skill (see skill-levels-cm.ts). One set of lines for
// every role: a shared skill has one level, whichever role links it.

import { type BuiltinLevels, levels, loc } from './build';

export const SHARED_LEVELS: Readonly<Record<string, BuiltinLevels>> = {
  'sh.listening': levels(
    loc(
      'Can explain the difference between monitoring mentions and drawing insight from them.',
      'Sa spiegare la differenza tra monitorare le menzioni e ricavarne insight.',
    ),
    loc(
      'Has set alerts or read a listening report with someone’s help.',
      'Ha impostato avvisi o letto un report di listening con l’aiuto di qualcuno.',
    ),
    loc(
      'Reviews listening alone every week and has turned at least 3 insights into actions with an owner in the last 12 months.',
      'Analizza in autonomia il listening ogni settimana e negli ultimi 12 mesi ha trasformato almeno 3 insight in azioni con un responsabile.',
    ),
    loc(
      'Has set up the listening system and reports a team relies on, and trains others to read them.',
      'Ha impostato il sistema di listening e i report su cui conta il team e forma altre persone a leggerli.',
    ),
  ),
  'sh.platforms': levels(
    loc(
      'Can name each main platform’s formats and native features.',
      'Sa indicare formati e funzioni native delle principali piattaforme.',
    ),
    loc(
      'Has used a new format or tool following a guide or a colleague.',
      'Ha usato un nuovo formato o strumento seguendo una guida o qualcuno del team.',
    ),
    loc(
      'Has tried at least 3 new native features on real accounts within a month of launch in the last 12 months, and keeps the format sheet current.',
      'Negli ultimi 12 mesi ha provato su account reali almeno 3 nuove funzioni native entro un mese dal lancio e tiene aggiornata la scheda dei formati.',
    ),
    loc(
      'Chooses the tool stack for a team and teaches colleagues each platform’s new features.',
      'Sceglie gli strumenti del team e insegna a chi ci lavora le novità di ogni piattaforma.',
    ),
  ),
  'sh.voice': levels(
    loc(
      'Can describe the brand’s tone of voice and tell on-brand from off-brand examples.',
      'Sa descrivere il tone of voice del brand e distinguere esempi in linea e non in linea.',
    ),
    loc(
      'Has written in the brand’s voice with the guide open and a colleague checking.',
      'Ha scritto nel tone of voice del brand con la guida sotto mano e la revisione di qualcuno del team.',
    ),
    loc(
      'Writes or replies in the brand’s voice alone, without corrections, on real content for at least 3 of the last 12 months.',
      'Scrive o risponde in autonomia nel tone of voice del brand, senza correzioni, su contenuti reali per almeno 3 degli ultimi 12 mesi.',
    ),
    loc(
      'Has written the tone-of-voice guide others use, and trains and reviews people writing for the brand.',
      'Ha scritto la guida al tone of voice che usano altre persone e forma e rivede chi scrive per il brand.',
    ),
  ),
  'sh.analytics': levels(
    loc(
      'Can explain which metrics fit which goal, and what a vanity metric is.',
      'Sa spiegare quali metriche servono a quale obiettivo e cos’è una vanity metric.',
    ),
    loc(
      'Has built a report from a template or with a colleague’s help.',
      'Ha costruito un report partendo da un modello o con l’aiuto di qualcuno del team.',
    ),
    loc(
      'Has delivered at least 3 reports alone in the last 12 months, with UTM-tracked results and recommended actions that were taken up.',
      'Negli ultimi 12 mesi ha consegnato in autonomia almeno 3 report, con risultati tracciati tramite UTM e azioni consigliate poi adottate.',
    ),
    loc(
      'Has designed the dashboard and measurement plan a team uses, and teaches others to read and question the data.',
      'Ha progettato la dashboard e il piano di misurazione del team e insegna ad altre persone a leggere e mettere in discussione i dati.',
    ),
  ),
  'sh.crisis': levels(
    loc(
      'Can explain the warning signs of a crisis and who to call first.',
      'Sa spiegare i segnali di una crisi e chi avvisare per primo.',
    ),
    loc(
      'Has followed a crisis playbook in an exercise or with a colleague leading.',
      'Ha applicato un playbook di crisi in una simulazione o con qualcuno del team alla guida.',
    ),
    loc(
      'Has handled at least 3 incidents or tabletop exercises alone in the last 12 months: escalation, approved replies, post-mortem.',
      'Negli ultimi 12 mesi ha gestito in autonomia almeno 3 casi reali o simulazioni: escalation, risposte approvate, post-mortem.',
    ),
    loc(
      'Has written the crisis playbook an organisation uses, and runs the exercises that train the team.',
      'Ha scritto il playbook di crisi che usa un’organizzazione e conduce le simulazioni che preparano il team.',
    ),
  ),
  'sh.ethics': levels(
    loc(
      'Can explain the rules on ad disclosure, consent, copyright and prize competitions that apply to posts.',
      'Sa spiegare le regole su trasparenza pubblicitaria, consenso, diritto d’autore e concorsi a premi che valgono per i post.',
    ),
    loc(
      'Has checked content against a compliance checklist with help from legal or a colleague.',
      'Ha verificato contenuti con una checklist di conformità, con l’aiuto dell’ufficio legale o di qualcuno del team.',
    ),
    loc(
      'Checks their own posts, ads and contests alone before publishing, and has caught and fixed at least 3 issues in the last 12 months.',
      'Verifica in autonomia i propri post, inserzioni e concorsi prima della pubblicazione e negli ultimi 12 mesi ha individuato e risolto almeno 3 problemi.',
    ),
    loc(
      'Has written the compliance checklist or policy a team follows, and briefs colleagues when the rules change.',
      'Ha scritto la checklist di conformità o la policy che segue il team e aggiorna chi ci lavora quando cambiano le regole.',
    ),
  ),
  'sh.learning': levels(
    loc(
      'Can name their own skill gaps and where platform changes are announced.',
      'Sa indicare le proprie lacune e dove le piattaforme annunciano i cambiamenti.',
    ),
    loc(
      'Has followed a course or learning plan someone else suggested.',
      'Ha seguito un corso o un piano di formazione suggerito da altre persone.',
    ),
    loc(
      'Has rated their own skills at least 3 times in the last 12 months and finished a course or certification chosen from the gaps found.',
      'Negli ultimi 12 mesi ha fatto l’autovalutazione almeno 3 volte e ha completato un corso o una certificazione scelti in base alle lacune emerse.',
    ),
    loc(
      'Plans the team’s training from its gaps, and shares what is new with colleagues.',
      'Pianifica la formazione del team in base alle sue lacune e condivide le novità con chi ci lavora.',
    ),
  ),
  'sh.audience': levels(
    loc(
      'Can explain segments and personas, and where data about the audience comes from.',
      'Sa spiegare segmenti e buyer persona e da dove arrivano i dati sul pubblico.',
    ),
    loc(
      'Has drafted a persona from a template or from someone else’s research.',
      'Ha preparato una buyer persona da un modello o da una ricerca fatta da altre persone.',
    ),
    loc(
      'Has run interviews and read the data alone to build or update personas at least 3 times in the last 12 months.',
      'Negli ultimi 12 mesi ha condotto interviste e analizzato i dati in autonomia per creare o aggiornare buyer persona almeno 3 volte.',
    ),
    loc(
      'Has set the audience-research method a team uses, and coaches others running interviews.',
      'Ha definito il metodo di ricerca sul pubblico che usa il team e guida chi conduce le interviste.',
    ),
  ),
  'sh.genai': levels(
    loc(
      'Can explain what generative AI does well and badly, and when AI content must be disclosed.',
      'Sa spiegare cosa l’IA generativa fa bene e cosa male e quando un contenuto generato va dichiarato.',
    ),
    loc(
      'Has used an AI tool for drafts with a colleague checking the result.',
      'Ha usato uno strumento di IA per delle bozze, con qualcuno del team a verificare il risultato.',
    ),
    loc(
      'Uses AI alone on real work, checking facts, rewriting in the brand’s voice and labelling as required, on at least 3 pieces in the last 12 months.',
      'Negli ultimi 12 mesi ha usato l’IA in autonomia su almeno 3 lavori reali, verificando i fatti, riscrivendo nel tone of voice del brand e dichiarandola dove richiesto.',
    ),
    loc(
      'Has written the team’s AI-use guide, and trains colleagues to use AI safely.',
      'Ha scritto la guida all’uso dell’IA del team e forma chi ci lavora a usarla in sicurezza.',
    ),
  ),
};
