// What levels 1-4 look like in each Social Media Strategist skill (see skill-levels-cm.ts).
// The Strategist's work comes in fewer, larger pieces, so level 3 counts pieces of work
// (strategies, audits, policies) rather than weeks.

import { type BuiltinLevels, levels, loc } from './build';

export const STRATEGIST_LEVELS: Readonly<Record<string, BuiltinLevels>> = {
  'str.strategy': levels(
    loc(
      'Can explain how a social media strategy links to company goals, budget and business KPIs.',
      'Sa spiegare come una strategia social si collega a obiettivi aziendali, budget e KPI di business.',
    ),
    loc(
      'Has contributed to a strategy written by someone else.',
      'Ha contribuito a una strategia scritta da altre persone.',
    ),
    loc(
      'In the last 12 months, has written and presented, without help, a 12-36-month strategy that management approved, and reviewed it at least once.',
      'Negli ultimi 12 mesi ha scritto e presentato in autonomia una strategia a 12-36 mesi approvata dalla direzione e l’ha rivista almeno una volta.',
    ),
    loc(
      'Has set the strategy method an organisation uses, and coaches others writing their own.',
      'Ha definito il metodo di strategia che usa un’organizzazione e fa da guida a chi ne scrive una.',
    ),
  ),
  'str.ecosystem': levels(
    loc(
      'Can explain how social media, site, email, SEO and CRM feed each other.',
      'Sa spiegare come social, sito, email, SEO e CRM si alimentano a vicenda.',
    ),
    loc(
      'Has mapped a customer journey with a template or with the web team’s help.',
      'Ha mappato un customer journey con un modello o con l’aiuto di chi gestisce il sito.',
    ),
    loc(
      'Has mapped at least 2 journeys alone in the last 12 months and had at least one weak hand-off fixed, with UTM tracking agreed.',
      'Negli ultimi 12 mesi ha mappato in autonomia almeno 2 journey e ha fatto correggere almeno un passaggio debole, con il tracciamento UTM concordato.',
    ),
    loc(
      'Has set the cross-channel rules (tracking, hand-offs, social commerce) the teams work to, and trains them.',
      'Ha definito le regole tra canali (tracciamento, passaggi, social commerce) che seguono i team e li forma.',
    ),
  ),
  'str.portfolio': levels(
    loc(
      'Can explain what job each platform and owned channel can do for a brand.',
      'Sa spiegare quale compito può svolgere per un brand ogni piattaforma e ogni canale proprietario.',
    ),
    loc(
      'Has scored platforms with a scorecard someone else designed.',
      'Ha valutato le piattaforme con una scheda preparata da altre persone.',
    ),
    loc(
      'Has decided alone, with a scorecard, to keep, close or test at least 3 channels in the last 12 months, each with a review date.',
      'Negli ultimi 12 mesi ha deciso in autonomia, con una scheda di valutazione, se mantenere, chiudere o sperimentare almeno 3 canali, ciascuno con una data di verifica.',
    ),
    loc(
      'Has set the channel-review method an organisation uses, and guides others through their own decisions.',
      'Ha definito il metodo di revisione dei canali che usa un’organizzazione e guida altre persone nelle loro decisioni.',
    ),
  ),
  'str.audit': levels(
    loc(
      'Can explain what an audit covers and what each part of a SWOT means.',
      'Sa spiegare cosa copre un audit e cosa indica ogni parte di un’analisi SWOT.',
    ),
    loc(
      'Has audited channels or competitors with a template or with help.',
      'Ha fatto l’audit di canali o competitor con un modello o con un aiuto.',
    ),
    loc(
      'Has carried out at least 2 full audits alone in the last 12 months, each with three competitors and a SWOT that led to decisions.',
      'Negli ultimi 12 mesi ha svolto in autonomia almeno 2 audit completi, ciascuno con tre competitor e un’analisi SWOT che ha portato a decisioni.',
    ),
    loc(
      'Has written the audit method a team repeats, and reviews colleagues’ audits.',
      'Ha scritto il metodo di audit che il team ripete e rivede gli audit di chi ci lavora.',
    ),
  ),
  'str.governance': levels(
    loc(
      'Can explain what a RACI, a social media policy and an AI-use policy are for.',
      'Sa spiegare a cosa servono una matrice RACI, una social media policy e una policy sull’uso dell’IA.',
    ),
    loc(
      'Has drafted a RACI or a policy with a template or with help.',
      'Ha preparato una matrice RACI o una policy con un modello o con un aiuto.',
    ),
    loc(
      'Has written, without help, a RACI and a policy that a team follows, and updated them at least once in the last 12 months.',
      'Ha scritto in autonomia una matrice RACI e una policy che il team segue, aggiornandole almeno una volta negli ultimi 12 mesi.',
    ),
    loc(
      'Has set up governance for several teams or an employee advocacy programme, and trains the people who apply it.',
      'Ha impostato la governance per più team o un programma di employee advocacy e forma le persone che la applicano.',
    ),
  ),
};
