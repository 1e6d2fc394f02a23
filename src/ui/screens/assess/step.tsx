import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { type Answer, type AssessmentRun, currentSkill, isOver } from '../../../domain/assess/run';
import { roleById, skillById, text } from '../../../domain/catalog/index';
import { fmt } from '../../../i18n/format';
import { lang, messages } from '../../../i18n/index';
import { answerCurrent, previousSkill } from '../../../state/assessment';
import { catalog, ratings } from '../../../state/catalog';
import { LevelButtons } from '../../components/level-buttons';
import { Screen } from '../../components/screen';

/** Where a run goes when it ends: a first run to Today's starting point, a role run to the role. */
export function endOf(run: AssessmentRun): string {
  return run.kind === 'role' && run.roleIds[0] ? `/roles/${run.roleIds[0]}` : '/';
}

/** One skill of the run: its name and roles, the scale, and the ways out. */
export function AssessStep({ run }: { run: AssessmentRun }) {
  const m = messages().assess;
  const l = lang.value;
  const { route } = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const shownIndex = useRef(run.index);
  // A new skill: focus its name, so a screen reader reads it and the page scrolls to it.
  useEffect(() => {
    if (shownIndex.current === run.index) return;
    shownIndex.current = run.index;
    heading.current?.focus();
  }, [run.index]);

  const queued = currentSkill(run);
  const skill = queued ? skillById(catalog.value, queued.skillId) : undefined;
  const give = async (given: Answer) => {
    const next = await answerCurrent(given);
    if (next && isOver(next)) route(endOf(next));
  };
  // A skill removed since the run started (a deleted custom skill): pass over it.
  useEffect(() => {
    if (queued && !skill) void give('skip');
  });
  if (!queued || !skill) {
    return (
      <Screen title={m.title}>
        <p aria-busy="true">{messages().common.loading}</p>
      </Screen>
    );
  }
  const total = run.queue.length;
  const n = run.index + 1;
  const roles = queued.roleIds
    .map((id) => roleById(catalog.value, id))
    .map((r) => (r ? text(r.name, l) : ''))
    .filter(Boolean);
  const given = run.answers[queued.skillId];
  const current = given ?? ratings.value.get(queued.skillId) ?? null;
  return (
    <Screen title={m.title}>
      <div>
        <p aria-hidden="true" data-testid="assess-progress">
          {fmt(m.progress, { n, total })}
        </p>
        <div
          class="progress-bar"
          role="progressbar"
          aria-label={m.title}
          aria-valuemin={1}
          aria-valuemax={total}
          aria-valuenow={n}
          aria-valuetext={fmt(m.progressLabel, { n, total })}
        >
          <span style={{ width: `${(run.index / total) * 100}%` }} />
        </div>
      </div>
      <section aria-labelledby="assess-skill">
        <p class="note">{fmt(m.forRoles, { roles: roles.join(' · ') })}</p>
        <h2 id="assess-skill" ref={heading} tabIndex={-1}>
          {text(skill.name, l)}
        </h2>
        <p>{text(skill.description, l)}</p>
      </section>
      <LevelButtons
        legend={m.question}
        hint={run.index === 0 ? m.scaleHint : undefined}
        chosen={current}
        target={queued.target}
        disabled={false}
        lines={skill.levels}
        onPick={(r) => void give(r)}
      />
      <div class="button-row">
        <button
          type="button"
          class="btn btn--secondary"
          aria-pressed={current === 'na'}
          onClick={() => void give('na')}
        >
          {m.notRelevant}
        </button>
        <button type="button" class="btn btn--secondary" onClick={() => void give('skip')}>
          {m.skip}
        </button>
      </div>
      <div class="button-row">
        <button
          type="button"
          class="btn btn--ghost"
          disabled={run.index === 0}
          onClick={() => void previousSkill()}
        >
          {m.previous}
        </button>
        <a class="btn btn--ghost" href={endOf(run)}>
          {m.later}
        </a>
      </div>
    </Screen>
  );
}
