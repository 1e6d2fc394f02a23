// What levels 1-4 look like in each Social Media Manager skill (see skill-levels-cm.ts).

import { type BuiltinLevels, levels, loc } from './build';

export const SMM_LEVELS: Readonly<Record<string, BuiltinLevels>> = {
  'smm.comms-plan': levels(
    loc(
      'Can explain what an editorial plan holds and how it differs from a calendar.',
      'Sa spiegare cosa contiene un PED e in cosa si distingue dal calendario editoriale.',
    ),
    loc(
      'Has filled in an editorial plan from a template or with a colleague.',
      'Ha compilato un PED partendo da un modello o insieme a qualcuno del team.',
    ),
    loc(
      'Has written at least 3 editorial plans (or quarterly updates) alone in the last 12 months, with SMART objectives and content pillars.',
      'Negli ultimi 12 mesi ha scritto in autonomia almeno 3 PED (o aggiornamenti trimestrali), con obiettivi SMART e rubriche.',
    ),
    loc(
      'Has made the plan template a team uses, and reviews colleagues’ plans.',
      'Ha creato il modello di PED che usa il team e rivede i piani di chi ci lavora.',
    ),
  ),
  'smm.calendar': levels(
    loc(
      'Can explain how a calendar balances content pillars, formats and approvals.',
      'Sa spiegare come un calendario bilancia rubriche, formati e approvazioni.',
    ),
    loc(
      'Has kept a calendar someone else set up, with their help.',
      'Ha aggiornato un calendario impostato da altri, con il loro aiuto.',
    ),
    loc(
      'Keeps a real calendar four weeks ahead alone, with approvals and scheduling, and has done so for at least 3 of the last 12 months.',
      'Gestisce in autonomia un calendario reale con quattro settimane di anticipo, approvazioni e programmazione, per almeno 3 degli ultimi 12 mesi.',
    ),
    loc(
      'Has designed the calendar and approval workflow a team works in, and trained its members.',
      'Ha progettato il calendario e il flusso di approvazione del team e ha formato chi ci lavora.',
    ),
  ),
  'smm.copywriting': levels(
    loc(
      'Can explain what a hook and a call to action are, and why each platform needs its own copy.',
      'Sa spiegare cosa sono hook e call to action e perché ogni piattaforma vuole un copy proprio.',
    ),
    loc(
      'Has written posts that a colleague edited before publishing.',
      'Ha scritto post poi rivisti da qualcuno del team prima della pubblicazione.',
    ),
    loc(
      'Writes and adapts copy alone for at least two platforms, published without rewrites, and has A/B tested it at least 3 times in the last 12 months.',
      'Scrive e riadatta in autonomia il copy per almeno due piattaforme, pubblicato senza riscritture, e negli ultimi 12 mesi lo ha messo alla prova con almeno 3 test A/B.',
    ),
    loc(
      'Has written the copy guidelines others follow, and edits and coaches other writers.',
      'Ha scritto le linee guida per il copy che seguono altre persone e rivede e guida chi scrive.',
    ),
  ),
  'smm.visual': levels(
    loc(
      'Can explain what makes a post work on a phone: early brand, no sound needed, captions, alt text.',
      'Sa spiegare cosa fa funzionare un contenuto su smartphone: brand subito, niente audio necessario, sottotitoli, testo alternativo.',
    ),
    loc(
      'Has briefed or reviewed a photo or video with a checklist or with help.',
      'Ha scritto il brief o revisionato una foto o un video con una checklist o con un aiuto.',
    ),
    loc(
      'Has briefed and approved at least 3 vertical videos alone in the last 12 months, accessible and with cleared music.',
      'Negli ultimi 12 mesi ha scritto il brief e approvato in autonomia almeno 3 video verticali, accessibili e con musica autorizzata.',
    ),
    loc(
      'Has written the visual and accessibility guidelines a team or its agencies follow, and reviews their work.',
      'Ha scritto le linee guida visual e di accessibilità che seguono il team o le agenzie e ne revisiona il lavoro.',
    ),
  ),
  'smm.curation': levels(
    loc(
      'Can explain rights, permission and disclosure for UGC and creator content.',
      'Sa spiegare diritti, autorizzazioni e obblighi di trasparenza per UGC e contenuti dei creator.',
    ),
    loc(
      'Has reposted UGC or briefed a creator with a template or with help.',
      'Ha ripubblicato UGC o scritto il brief per un creator con un modello o con un aiuto.',
    ),
    loc(
      'Has run at least 3 creator collaborations or UGC campaigns alone in the last 12 months, with permissions, contract and disclosure in order.',
      'Negli ultimi 12 mesi ha gestito in autonomia almeno 3 collaborazioni con creator o campagne UGC, con autorizzazioni, contratto e trasparenza in regola.',
    ),
    loc(
      'Has written the creator and UGC process a team uses, AGCOM checks included, and coaches colleagues on it.',
      'Ha scritto il processo per creator e UGC che usa il team, verifiche AGCOM comprese, e fa da guida a chi lo applica.',
    ),
  ),
  'smm.paid': levels(
    loc(
      'Can explain campaign objectives, audiences, budgets and what a cost per result means.',
      'Sa spiegare obiettivi di campagna, pubblici, budget e cosa indica il costo per risultato.',
    ),
    loc(
      'Has set up a campaign with a guide or a colleague watching.',
      'Ha configurato una campagna seguendo una guida o con qualcuno del team accanto.',
    ),
    loc(
      'Has run at least 3 campaigns alone in the last 12 months, each with a controlled test and a report of the cost per result.',
      'Negli ultimi 12 mesi ha gestito in autonomia almeno 3 campagne, ciascuna con un test controllato e un report sul costo per risultato.',
    ),
    loc(
      'Has set the testing and targeting rules a team follows, DSA limits included, and trains others to run campaigns.',
      'Ha definito le regole di test e targeting che segue il team, limiti del DSA compresi, e forma altre persone a gestire le campagne.',
    ),
  ),
};
