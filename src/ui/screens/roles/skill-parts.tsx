import { useState } from 'preact/hooks';
import { EVIDENCE_INVITED_FROM, LEVEL_INFO } from '../../../domain/catalog/index';
import { INPUT } from '../../../domain/limits';
import { webLink } from '../../../domain/links';
import type { SkillDef, SkillState } from '../../../domain/types';
import { fmt, formatDay } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import {
  addSkillEvidence,
  type EvidenceProblem,
  historyBySkill,
  removeSkillEvidence,
  tickStep,
} from '../../../state/skills';
import { LinkField } from '../../components/form-fields';
import { Icon } from '../../components/icon';
import { limitText } from '../../components/limit-text';
import { t } from './helpers';

/** The skill's concrete steps, ticked one by one. */
export function Checklist({ skill, state }: { skill: SkillDef; state: SkillState | null }) {
  const m = messages().roles.skill;
  const checked = new Set(state?.checked ?? []);
  const done = skill.checklist.filter((s) => checked.has(s.id)).length;
  return (
    <section class="card" aria-labelledby="checklist-h">
      <h2 id="checklist-h">{m.checklist}</h2>
      <p class="note">{fmt(m.checklistDone, { n: done, total: skill.checklist.length })}</p>
      <ul class="checklist">
        {skill.checklist.map((step) => (
          <li key={step.id}>
            <label class="check-row">
              <input
                type="checkbox"
                checked={checked.has(step.id)}
                onChange={(e) => void tickStep(skill.id, step.id, e.currentTarget.checked)}
              />
              <span>{t(step.text)}</span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Notes and links that back the user's level; invited from "confident" up. */
/** The words for a refused piece of evidence. */
function problemText(problem: EvidenceProblem, note: string, link: string): string {
  const m = messages().roles.skill;
  if (problem === 'empty') return m.evidenceEmpty;
  if (problem === 'badLink') return m.evidenceBadLink;
  const length = problem === 'noteTooLong' ? note.trim().length : (webLink(link)?.length ?? 0);
  const max = problem === 'noteTooLong' ? INPUT.evidenceNote : INPUT.link;
  return limitText({ kind: 'too-long', max, length });
}

export function EvidenceList({ skill, state }: { skill: SkillDef; state: SkillState | null }) {
  const m = messages().roles.skill;
  const [note, setNote] = useState('');
  const [link, setLink] = useState('');
  const [problem, setProblem] = useState<EvidenceProblem | null>(null);
  const rating = state?.rating ?? null;
  const evidence = state?.evidence ?? [];
  const invited = typeof rating === 'number' && rating >= EVIDENCE_INVITED_FROM;
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const result = await addSkillEvidence(skill.id, note, link);
    setProblem(result);
    if (result === null) {
      setNote('');
      setLink('');
    }
  };
  return (
    <section class="card" aria-labelledby="evidence-h">
      <h2 id="evidence-h">{m.evidence}</h2>
      {invited && evidence.length === 0 && (
        <p class="note note--warn">
          {fmt(m.evidenceInvite, { level: t(LEVEL_INFO[EVIDENCE_INVITED_FROM].name) })}
        </p>
      )}
      {evidence.length === 0 ? (
        <p class="note">{m.evidenceNone}</p>
      ) : (
        <ul class="list">
          {evidence.map((ev) => {
            const href = ev.link ? webLink(ev.link) : null;
            return (
              <li key={ev.id} class="evidence-row">
                <div>
                  <p class="evidence-row__note">{ev.note}</p>
                  {href && (
                    <a
                      href={href}
                      target="_blank"
                      rel="noopener noreferrer"
                      class="evidence-row__link"
                    >
                      {href}
                    </a>
                  )}
                  <p class="note">{formatDay(ev.day)}</p>
                </div>
                <button
                  type="button"
                  class="icon-btn"
                  title={fmt(m.removeEvidence, { note: ev.note })}
                  onClick={() => void removeSkillEvidence(skill.id, ev)}
                >
                  <Icon name="trash" size={20} />
                  <span class="visually-hidden">{fmt(m.removeEvidence, { note: ev.note })}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form class="evidence-form" onSubmit={onSubmit} noValidate>
        <div class="field">
          <label for="ev-note">{m.evidenceNote}</label>
          <textarea
            id="ev-note"
            value={note}
            maxLength={INPUT.evidenceNote}
            aria-invalid={problem === 'empty' || problem === 'noteTooLong'}
            aria-describedby={
              problem === 'empty' || problem === 'noteTooLong' ? 'ev-error' : undefined
            }
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </div>
        <LinkField
          id="ev-link"
          label={m.evidenceLink}
          value={link}
          hint={m.evidenceLinkHint}
          onInput={setLink}
          invalid={
            problem === 'badLink' || problem === 'linkTooLong'
              ? { 'aria-invalid': 'true', 'aria-describedby': 'ev-error' }
              : {}
          }
          error={null}
        />
        {problem && (
          <p class="error-text" id="ev-error" role="alert">
            {problemText(problem, note, link)}
          </p>
        )}
        <button type="submit" class="btn btn--secondary">
          {m.addEvidence}
        </button>
      </form>
    </section>
  );
}

/** Every change of level, newest first, with its day. */
export function History({ skillId }: { skillId: string }) {
  const m = messages().roles.skill;
  const list = historyBySkill.value.get(skillId) ?? [];
  return (
    <section class="card" aria-labelledby="history-h">
      <h2 id="history-h">{m.history}</h2>
      {list.length === 0 ? (
        <p class="note">{m.historyNone}</p>
      ) : (
        <ol class="history" data-testid="history">
          {[...list].reverse().map((a) => (
            <li key={a.id}>
              <time dateTime={a.day}>{formatDay(a.day)}</time>
              <span>
                {a.rating === 'na' ? '' : `${a.rating} · `}
                {t(LEVEL_INFO[a.rating].name)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
