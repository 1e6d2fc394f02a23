import { useLocation } from 'preact-iso';
import { skillById } from '../../../domain/catalog/index';
import type { CustomSkill } from '../../../domain/types';
import { fmt } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { catalog, followedRoles, skillStates } from '../../../state/catalog';
import { removeSkill } from '../../../state/custom-content';
import { rate } from '../../../state/skills';
import { LevelPicker } from '../../components/level-picker';
import { Screen } from '../../components/screen';
import { fmtNodes, Names } from '../../components/user-text';
import { WhereToLearn } from '../learn/where-to-learn';
import { SkillActivities } from '../log/skill-activities';
import { ExampleGoals } from './example-goals';
import { highestTarget, rolesWithSkill, t } from './helpers';
import { LevelReviewNote } from './level-review-note';
import { nextStepText } from './next-step-text';
import { Checklist, EvidenceList, History } from './skill-parts';

/** One skill: what it is, the user's level, the checklist, evidence, history and next step. */
export function SkillScreen({ params }: { params: { skillId: string } }) {
  const m = messages();
  const { route } = useLocation();
  const skill = skillById(catalog.value, params.skillId);
  if (!skill) {
    return (
      <Screen title={m.shell.notFound.title} back={{ href: '/roles', label: m.common.back }}>
        <p>{m.roles.skill.notFound}</p>
      </Screen>
    );
  }
  const state = skillStates.value.get(skill.id) ?? null;
  const followed = followedRoles.value;
  const target = highestTarget(followed, skill.id);
  const inRoles = rolesWithSkill(catalog.value, skill.id).filter((x) => followed.includes(x.role));
  const backTo = inRoles[0] ? `/roles/${inRoles[0].role.id}` : '/roles';
  return (
    <Screen title={t(skill.name)} back={{ href: backTo, label: m.common.back }}>
      <section class="card">
        <h2 class="visually-hidden">{m.roles.skill.description}</h2>
        <p>{t(skill.description)}</p>
        {inRoles.length > 0 && (
          <p class="note">
            {inRoles
              .map((x) =>
                fmt(m.roles.skill.targetIn, { role: t(x.role.name), target: x.link.target }),
              )
              .join(' · ')}
          </p>
        )}
        <p class="next-step" data-testid="next-step">
          <strong>{m.roles.skill.nextStep}: </strong>
          {nextStepText(skill, state, target)}
        </p>
        <div class="actions">
          <a
            class="btn btn--small"
            href={`/log/new?skill=${encodeURIComponent(skill.id)}&from=${encodeURIComponent(`/roles/skill/${encodeURIComponent(skill.id)}`)}`}
          >
            {m.roles.skill.logActivity}
          </a>
          {skill.custom && (
            <>
              <a
                class="btn btn--secondary btn--small"
                href={`/roles/skill/${encodeURIComponent(skill.id)}/edit`}
              >
                {m.roles.skill.editSkill}
              </a>
              <button
                type="button"
                class="btn btn--secondary btn--small"
                onClick={() => {
                  void removeSkill(skill as CustomSkill);
                  route(backTo);
                }}
              >
                {m.roles.skill.deleteSkill}
              </button>
            </>
          )}
        </div>
      </section>
      <section class="card">
        <LevelReviewNote skillId={skill.id} />
        <LevelPicker
          legend={m.roles.skill.levelLegend}
          name={`level-${skill.id}`}
          value={state?.rating ?? null}
          target={target === null ? null : { level: target, label: m.roles.atTarget }}
          lines={skill.levels}
          onChange={(r) => void rate(skill.id, r)}
        />
        {state?.rating === 'na' && inRoles.length > 0 && (
          <p class="note" data-testid="left-out-note">
            {fmtNodes(m.roles.skill.leftOut, {
              roles: <Names names={inRoles.map((x) => t(x.role.name))} />,
            })}
          </p>
        )}
      </section>
      {skill.checklist.length > 0 && <Checklist skill={skill} state={state} />}
      <WhereToLearn skillId={skill.id} />
      <EvidenceList skill={skill} state={state} />
      <History skillId={skill.id} />
      <SkillActivities skillId={skill.id} />
      {skill.exampleGoals.length > 0 && <ExampleGoals skill={skill} />}
    </Screen>
  );
}
