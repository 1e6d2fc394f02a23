import { currentSkill } from '../../../domain/assess/run';
import { roleById, skillById, text } from '../../../domain/catalog/index';
import { nextStep, roleReadinessDetail, suggestNextSkill } from '../../../domain/progress/index';
import type { RoleDef } from '../../../domain/types';
import { fmt, plural } from '../../../i18n/format';
import { lang, messages } from '../../../i18n/index';
import {
  assessmentRun,
  dismissStartingPoint,
  finishAssessment,
  finishedRun,
} from '../../../state/assessment';
import { catalog, ratings, skillStates } from '../../../state/catalog';

/**
 * What the guided self-assessment leaves on Today: the run to resume while one is unfinished,
 * else, once a first run ended, the starting point per role and the one thing to do next.
 * Today loads the state (loadAssessment) with its other reads.
 */
export function FirstRunOnToday() {
  const run = assessmentRun.value;
  if (run && currentSkill(run)) return <ResumeRun />;
  const finished = finishedRun.value;
  if (!finished) return null;
  const roles = finished.roleIds
    .map((id) => roleById(catalog.value, id))
    .filter((r): r is RoleDef => r !== undefined);
  return roles.length > 0 ? <StartingPoint roles={roles} /> : null;
}

function ResumeRun() {
  const m = messages().assess;
  const run = assessmentRun.value;
  if (!run) return null;
  return (
    <section class="card" aria-labelledby="today-assess">
      <h2 id="today-assess">{m.resumeHeading}</h2>
      <p>{fmt(m.resumeBody, { n: run.index + 1, total: run.queue.length })}</p>
      <div class="button-row">
        <a class="btn" href="/assess">
          {m.resume}
        </a>
        <button type="button" class="btn btn--secondary" onClick={() => void finishAssessment()}>
          {m.endHere}
        </button>
      </div>
    </section>
  );
}

/** "Community Manager: 4 of 9 core skills at target", whole skills, never a bare 0%. */
export function roleLine(role: RoleDef): string {
  const m = messages().assess;
  const name = text(role.name, lang.value);
  const core = roleReadinessDetail(role, ratings.value).skills.filter((s) => s.core && s.counted);
  const done = core.filter((s) => s.gap === 0).length;
  if (core.every((s) => s.rating === null)) return fmt(m.roleLineNotRated, { role: name });
  if (done === 0) return plural(m.roleLineNone, core.length, { role: name });
  return plural(m.roleLine, core.length, { role: name, done });
}

function StartingPoint({ roles }: { roles: readonly RoleDef[] }) {
  const m = messages().assess;
  return (
    <section class="card" aria-labelledby="today-start">
      <h2 id="today-start">{m.startHeading}</h2>
      <p class="note">{m.startIntro}</p>
      <ul>
        {roles.map((role) => (
          <li key={role.id}>{roleLine(role)}</li>
        ))}
      </ul>
      <NextThing roles={roles} />
      <div class="button-row">
        <button
          type="button"
          class="btn btn--secondary btn--small"
          onClick={() => void dismissStartingPoint()}
        >
          {m.dismiss}
        </button>
      </div>
    </section>
  );
}

/** The biggest gap among the core skills, and its concrete next step. */
function NextThing({ roles }: { roles: readonly RoleDef[] }) {
  const m = messages().assess;
  const l = lang.value;
  const gap = suggestNextSkill(roles, ratings.value);
  const skill = gap ? skillById(catalog.value, gap.skillId) : undefined;
  if (!gap || !skill) return <p>{m.allAtTarget}</p>;
  const step = nextStep(skill, skillStates.value.get(skill.id) ?? null, gap.target);
  let what = '';
  if (step.kind === 'checklist') {
    const item = skill.checklist.find((s) => s.id === step.stepId);
    what = item ? fmt(m.nextChecklist, { step: text(item.text, l) }) : '';
  } else if (step.kind === 'rate') what = m.nextRate;
  else if (step.kind === 'evidence') what = m.nextEvidence;
  else if (step.kind === 'goal') {
    const example = step.goalIndex === null ? undefined : skill.exampleGoals[step.goalIndex];
    what = example ? fmt(m.nextGoal, { goal: text(example, l) }) : m.nextGoalOwn;
  }
  return (
    <div>
      <h3>{m.nextHeading}</h3>
      <p>
        <a href={`/roles/skill/${encodeURIComponent(skill.id)}`}>{text(skill.name, l)}</a>
      </p>
      {what && <p>{what}</p>}
    </div>
  );
}
