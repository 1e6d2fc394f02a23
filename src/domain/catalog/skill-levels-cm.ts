// What levels 1-4 look like in each Community Manager skill: the generic scale (levels.ts) made
// concrete, so a rating names something a person could show. Level 3 is always real work, done
// without help, several times in the last 12 months; level 4 always leaves something others use.

import { type BuiltinLevels, levels, loc } from './build';

export const CM_LEVELS: Readonly<Record<string, BuiltinLevels>> = {
  'cm.onboarding': levels(
    loc(
      'Can explain why a newcomer’s first week decides whether they stay.',
      'Sa spiegare perché la prima settimana decide se un nuovo membro resta.',
    ),
    loc(
      'Has welcomed newcomers with a template or a colleague’s welcome sequence.',
      'Ha accolto nuovi membri con un modello o con la sequenza di benvenuto di qualcuno del team.',
    ),
    loc(
      'Runs a community’s welcome path alone and has adjusted it at least 3 times in the last 12 months, from the 14-day figure.',
      'Gestisce in autonomia il percorso di benvenuto di una community e lo ha corretto almeno 3 volte negli ultimi 12 mesi, in base al dato a 14 giorni.',
    ),
    loc(
      'Has written the onboarding playbook a team uses, and coached someone through it.',
      'Ha scritto il playbook di onboarding che usa il team e ha affiancato qualcuno nell’applicarlo.',
    ),
  ),
  'cm.connections': levels(
    loc(
      'Can explain how rituals and introductions turn an audience into a community.',
      'Sa spiegare come appuntamenti fissi e presentazioni trasformano un pubblico in una community.',
    ),
    loc(
      'Has run a recurring ritual planned by someone else, or with their help.',
      'Ha condotto un appuntamento fisso pensato da altri, o con il loro aiuto.',
    ),
    loc(
      'Has run a ritual of their own for at least 4 weeks running, introduced members to each other and kept an ambassador list, in the last 12 months.',
      'Negli ultimi 12 mesi ha condotto in autonomia un proprio appuntamento fisso per almeno 4 settimane di fila, ha messo in contatto membri e ha tenuto un elenco di ambassador.',
    ),
    loc(
      'Has built an ambassador programme others run, and trained the people who run it.',
      'Ha creato un programma di ambassador gestito da altre persone e le ha formate.',
    ),
  ),
  'cm.response': levels(
    loc(
      'Can explain what a warm, quick reply looks like and when to escalate.',
      'Sa spiegare com’è una risposta calda e rapida e quando serve l’escalation.',
    ),
    loc(
      'Has answered comments and DMs with templates and a colleague checking.',
      'Ha risposto a commenti e DM con risposte tipo e la revisione di qualcuno del team.',
    ),
    loc(
      'Handles a brand’s comments and DMs alone within declared hours, escalating as agreed, for at least 3 of the last 12 months.',
      'Gestisce in autonomia commenti e DM di un brand negli orari dichiarati, con l’escalation concordata, per almeno 3 degli ultimi 12 mesi.',
    ),
    loc(
      'Has written the reply guide and escalation rules a team works to, and trained new colleagues on them.',
      'Ha scritto la guida alle risposte e le regole di escalation del team e forma su queste chi arriva nel team.',
    ),
  ),
  'cm.moderation': levels(
    loc(
      'Can explain the difference between the platform’s terms and a community’s own rules.',
      'Sa spiegare la differenza tra i termini della piattaforma e la netiquette di una community.',
    ),
    loc(
      'Has moderated with someone else’s rules and a decision table.',
      'Ha moderato applicando una netiquette e una tabella decisionale scritte da altri.',
    ),
    loc(
      'Has written a community’s rules and applied them alone, logging each sanction, in at least 3 cases in the last 12 months.',
      'Ha scritto la netiquette di una community e l’ha applicata in autonomia, registrando ogni sanzione, in almeno 3 casi negli ultimi 12 mesi.',
    ),
    loc(
      'Has set up a moderation team’s rules, rota and wellbeing practices, and coaches its moderators.',
      'Ha impostato regole, turni e tutele di un team di moderazione e fa da guida a chi modera.',
    ),
  ),
  'cm.deescalation': levels(
    loc(
      'Can tell fair criticism from trolling, insults and harassment in examples.',
      'Sa distinguere negli esempi la critica fondata da trolling, insulti e molestie.',
    ),
    loc(
      'Has replied to hostile comments with a colleague’s help or review.',
      'Ha risposto a commenti ostili con l’aiuto o la revisione di qualcuno del team.',
    ),
    loc(
      'Has calmed at least 3 heated threads alone in the last 12 months, moving them to private where needed.',
      'Negli ultimi 12 mesi ha calmato in autonomia almeno 3 discussioni accese, portandole in privato quando serviva.',
    ),
    loc(
      'Has written the de-escalation guide a team uses, and runs role-plays for colleagues.',
      'Ha scritto la guida alla gestione dei conflitti che usa il team e conduce simulazioni per chi ci lavora.',
    ),
  ),
  'cm.feedback': levels(
    loc(
      'Can explain how member feedback reaches product and marketing, and why closing the loop matters.',
      'Sa spiegare come i feedback dei membri arrivano a prodotto e marketing e perché conta dare un riscontro.',
    ),
    loc(
      'Has tagged feedback and drafted a summary with help.',
      'Ha classificato feedback e preparato una sintesi con un aiuto.',
    ),
    loc(
      'Has sent at least 3 monthly feedback reports alone in the last 12 months, and told members publicly what changed.',
      'Negli ultimi 12 mesi ha inviato in autonomia almeno 3 report mensili sui feedback e ha comunicato ai membri cosa è cambiato.',
    ),
    loc(
      'Has set up the feedback process product and marketing rely on, and taught others to run it.',
      'Ha impostato il processo di feedback su cui contano prodotto e marketing e ha insegnato ad altre persone a gestirlo.',
    ),
  ),
};
