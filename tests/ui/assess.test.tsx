import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { allAssessments } from '../../src/data/skills';
import { assessmentQueue } from '../../src/domain/assess/queue';
import { BUILTIN_CATALOG, roleById, skillById, text } from '../../src/domain/catalog/index';
import type { RoleDef } from '../../src/domain/types';
import { pickLanguage } from '../../src/i18n/index';
import {
  answerCurrent,
  assessmentRun,
  finishedRun,
  loadAssessment,
  resetAssessmentForTests,
  startAssessment,
} from '../../src/state/assessment';
import {
  customRoles,
  customSkills,
  invalidateCatalogState,
  loadCatalogState,
  ratings,
  skillStates,
} from '../../src/state/catalog';
import { changeSettings, initSettings } from '../../src/state/settings';
import { assessments, invalidateAssessments } from '../../src/state/skills';
import { AssessStep } from '../../src/ui/screens/assess/step';
import { FirstRunOnToday } from '../../src/ui/screens/today/first-run';

// The guided self-assessment, from its state model to its screen: each answer a real rating,
// a shared skill asked once, skip and "not relevant", and a run that survives a reload.

beforeEach(() => {
  invalidateCatalogState();
  invalidateAssessments();
  resetAssessmentForTests();
  skillStates.value = new Map();
  customSkills.value = [];
  customRoles.value = [];
  assessments.value = [];
});

async function followCmAndSmm() {
  await initSettings(['en'], pickLanguage);
  await changeSettings({ followedRoleIds: ['cm', 'smm'], onboarded: true });
}

const role = (id: string) => roleById(BUILTIN_CATALOG, id) as RoleDef;
const nameOf = (skillId: string) => text(skillById(BUILTIN_CATALOG, skillId)?.name ?? '', 'en');

/** The app restarted: what is in memory is gone, what was stored is read again. */
async function reopen() {
  resetAssessmentForTests();
  invalidateCatalogState();
  skillStates.value = new Map();
  await Promise.all([loadAssessment(), loadCatalogState()]);
}

function showStep() {
  const run = assessmentRun.value;
  if (!run) throw new Error('no run');
  return render(
    <LocationProvider>
      <AssessStep run={run} />
    </LocationProvider>,
  );
}

describe('guided self-assessment', () => {
  it('asks each core skill of the followed roles once, a shared one once for both', async () => {
    await followCmAndSmm();
    expect(await startAssessment(null)).toBe(true);
    const run = assessmentRun.value;
    const asked = run?.queue.map((q) => q.skillId) ?? [];
    expect(asked).toEqual(
      assessmentQueue([role('cm'), role('smm')], { coreOnly: true }).map((q) => q.skillId),
    );
    expect(new Set(asked).size).toBe(asked.length);
    const shared = run?.queue.find((q) => q.roleIds.length === 2);
    expect(shared).toBeDefined();

    // Rating the shared skill once rates it for both roles: one rating, one dated assessment.
    while (currentId() !== shared?.skillId) await answerCurrent('skip');
    await answerCurrent(3);
    expect(ratings.value.get(shared?.skillId ?? '')).toBe(3);
    const stored = await allAssessments();
    expect(stored.map((a) => [a.skillId, a.rating])).toEqual([[shared?.skillId, 3]]);
    expect(stored[0]?.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('records a level and "not relevant", records nothing for a skip, and resumes after a reload', async () => {
    await followCmAndSmm();
    await startAssessment(null);
    const [first, second, third, fourth] = assessmentRun.value?.queue ?? [];
    await answerCurrent(2);
    await answerCurrent('skip');
    await answerCurrent('na');
    const stored = (await allAssessments()).map((a) => [a.skillId, a.rating]);
    expect(stored.sort()).toEqual(
      [
        [first?.skillId, 2],
        [third?.skillId, 'na'],
      ].sort(),
    );
    expect(ratings.value.get(second?.skillId ?? '') ?? null).toBeNull();

    await reopen();
    expect(assessmentRun.value?.index).toBe(3);
    expect(currentId()).toBe(fourth?.skillId);
    showStep();
    expect(screen.getByText('4 of', { exact: false }).textContent).toBe(
      `4 of ${assessmentRun.value?.queue.length}`,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      nameOf(fourth?.skillId ?? ''),
    );
  });

  it('shows the scale’s meaning at every step; a tap rates and moves on; back fixes the previous one', async () => {
    await followCmAndSmm();
    await startAssessment(null);
    const [first, second] = assessmentRun.value?.queue ?? [];
    const view = showStep();
    const rerender = () =>
      view.rerender(
        <LocationProvider>
          {assessmentRun.value && <AssessStep run={assessmentRun.value} />}
        </LocationProvider>,
      );
    // Level 0 with the scale's meaning; 1-4 with what they look like in this skill.
    const own = skillById(BUILTIN_CATALOG, first?.skillId ?? '')?.levels;
    for (const meaning of ['Not worked on yet.', text(own?.[3] ?? '', 'en')]) {
      expect(screen.getByText(meaning)).toBeTruthy();
    }
    fireEvent.click(screen.getByRole('button', { name: /^Aware/ }));
    await waitFor(() => expect(assessmentRun.value?.index).toBe(1));
    rerender();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      nameOf(second?.skillId ?? ''),
    );
    expect(screen.getByText('Not worked on yet.')).toBeTruthy();
    expect(ratings.value.get(first?.skillId ?? '')).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Previous skill' }));
    await waitFor(() => expect(assessmentRun.value?.index).toBe(0));
    rerender();
    const pressed = screen.getByRole('button', { name: /^Aware/ });
    expect(pressed.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: /^Confident/ }));
    await waitFor(() => expect(assessmentRun.value?.index).toBe(1));
    expect(ratings.value.get(first?.skillId ?? '')).toBe(3);
    // Two dated assessments: the first answer and its correction, both real history.
    expect((await allAssessments()).map((a) => a.rating).sort()).toEqual([1, 3]);
  });

  it('ignores a second tap while the first is being saved: no skill is skipped unseen', async () => {
    await followCmAndSmm();
    await startAssessment(null);
    await Promise.all([answerCurrent(2), answerCurrent(2), answerCurrent(2)]);
    expect(assessmentRun.value?.index).toBe(1);
    expect(await allAssessments()).toHaveLength(1);
  });

  it('ends on Today with the starting point per role and the one thing to do next', async () => {
    await followCmAndSmm();
    await startAssessment(null);
    const queue = assessmentRun.value?.queue ?? [];
    // Every core skill at its target but the last, left at 1.
    for (const [i, q] of queue.entries())
      await answerCurrent(i === queue.length - 1 ? 1 : q.target);
    expect(assessmentRun.value).toBeNull();
    expect(finishedRun.value?.roleIds).toEqual(['cm', 'smm']);

    await reopen();
    render(
      <LocationProvider>
        <FirstRunOnToday />
      </LocationProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Your starting point' })).toBeTruthy();
    const last = queue.at(-1);
    const lines = screen.getAllByRole('listitem').map((li) => li.textContent);
    const coreOf = (id: string) => role(id).links.filter((l) => l.core).length;
    for (const id of ['cm', 'smm']) {
      const coreThere = role(id).links.some((l) => l.skillId === last?.skillId && l.core);
      const missing = coreThere ? 1 : 0;
      const n = coreOf(id);
      expect(lines).toContain(
        `${text(role(id).name, 'en')}: ${n - missing} of ${n} core skills at target`,
      );
    }
    expect(screen.getByRole('heading', { name: 'The one thing to do next' })).toBeTruthy();
    expect(screen.getByRole('link', { name: nameOf(last?.skillId ?? '') })).toBeTruthy();
    expect(screen.getByText(/^Next step: /)).toBeTruthy();
  });

  it('over one role’s skills asks them all, optional ones too', async () => {
    await followCmAndSmm();
    expect(await startAssessment('cm')).toBe(true);
    expect(assessmentRun.value?.queue.length).toBe(role('cm').links.length);
    expect(await startAssessment('nowhere')).toBe(false);
  });
});

function currentId(): string | undefined {
  const run = assessmentRun.value;
  return run?.queue[run.index]?.skillId;
}
