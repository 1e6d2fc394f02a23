// Shared skill added in content version 2: generative AI in content work. A whole competence of
// its own (choosing and checking the tools, disclosure, data and rights), not a step of one role's
// skill: a CM, an SMM and a Strategist each use it, at different levels (see roles.ts).

import { type BuiltinSkillDef, loc, step } from './build';

export const SHARED_SKILLS_C: readonly BuiltinSkillDef[] = [
  {
    id: 'sh.genai',
    shared: true,
    name: loc('Generative AI in content work', 'IA generativa nel lavoro sui contenuti'),
    description: loc(
      'Use generative AI for ideas, drafts and variants, check what it produces, and disclose it where the rules ask.',
      'Usare l’IA generativa per idee, bozze e varianti, verificare ciò che produce e dichiararne l’uso dove le regole lo chiedono.',
    ),
    checklist: [
      step(
        'sh.genai/1',
        'Use AI for a draft or variants, then check every fact and rewrite it in the brand’s voice; a person signs it off.',
        'Usare l’IA per una bozza o per varianti, poi verificare ogni dato e riscrivere nel tone of voice del brand; l’approvazione finale spetta a una persona.',
      ),
      step(
        'sh.genai/2',
        'Label realistic AI-made or AI-altered images, video and audio, with the platform’s AI label and a line in the caption (AI Act art. 50).',
        'Dichiarare immagini, video e audio realistici creati o modificati con l’IA, con l’etichetta della piattaforma e una riga nel copy (AI Act, art. 50).',
      ),
      step(
        'sh.genai/3',
        'Never paste personal data, customers’ messages or confidential material into an AI tool the company has not approved.',
        'Non incollare mai dati personali, messaggi dei clienti o materiali riservati in uno strumento di IA non approvato dall’azienda.',
      ),
      step(
        'sh.genai/4',
        'Keep a record of the human part of each piece (brief, choices, edits): under Italian law (L. 132/2025) copyright protects only what comes from human creative work.',
        'Tenere traccia del contributo umano in ogni contenuto (brief, scelte, modifiche): per la legge italiana (L. 132/2025) il diritto d’autore tutela solo ciò che nasce dal lavoro intellettuale umano.',
      ),
    ],
    exampleGoals: [
      loc(
        'Write a one-page AI-use guide for your team (tools allowed, data never pasted, review, disclosure) and apply it to 5 posts.',
        'Scrivere una guida di una pagina sull’uso dell’IA per il team (strumenti ammessi, dati da non inserire mai, revisione, dichiarazione) e applicarla a 5 post.',
      ),
    ],
  },
];
