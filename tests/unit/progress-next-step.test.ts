import { describe, expect, it } from 'vitest';
import { nextStep } from '../../src/domain/progress';
import type { Rating, SkillState } from '../../src/domain/types';
import { skill } from './progress-fixtures';

const withSteps = skill('x', {
  checklist: [
    { id: 'one', text: 'first' },
    { id: 'two', text: 'second' },
  ],
  exampleGoals: ['easy', 'medium', 'hard'],
});

function state(rating: Rating | null, checked: string[] = [], evidence = 0): SkillState {
  const stamp = '2024-01-01T00:00:00.000Z';
  return {
    id: 'x',
    createdAt: stamp,
    updatedAt: stamp,
    rating,
    checked,
    evidence: Array.from({ length: evidence }, (_, i) => ({
      id: `e${i}`,
      note: 'proof',
      day: '2024-01-01',
    })),
  };
}

const all = ['one', 'two'];

describe('nextStep', () => {
  it('asks to rate an unrated skill first', () => {
    expect(nextStep(withSteps, null, 3)).toEqual({ kind: 'rate' });
    expect(nextStep(withSteps, state(null, all), 3)).toEqual({ kind: 'rate' });
  });

  it('suggests nothing for a skill marked not relevant', () => {
    expect(nextStep(withSteps, state('na'), 3)).toEqual({ kind: 'notRelevant' });
  });

  it('points at the first checklist step not ticked yet', () => {
    expect(nextStep(withSteps, state(1), 3)).toEqual({ kind: 'checklist', stepId: 'one' });
    expect(nextStep(withSteps, state(1, ['one']), 3)).toEqual({ kind: 'checklist', stepId: 'two' });
  });

  it('asks for evidence of a confident rating with none', () => {
    expect(nextStep(withSteps, state(3, all), 4)).toEqual({ kind: 'evidence' });
    expect(nextStep(withSteps, state(4, all), 2)).toEqual({ kind: 'evidence' });
  });

  it('suggests a goal matching the level while below target', () => {
    expect(nextStep(withSteps, state(0, all), 2)).toEqual({ kind: 'goal', goalIndex: 0 });
    expect(nextStep(withSteps, state(1, all), 3)).toEqual({ kind: 'goal', goalIndex: 1 });
    expect(nextStep(withSteps, state(3, all, 1), 4)).toEqual({ kind: 'goal', goalIndex: 2 });
    const noGoals = skill('y');
    expect(nextStep(noGoals, state(1), 2)).toEqual({ kind: 'goal', goalIndex: null });
  });

  it('suggests teaching once confident at target, and done beyond', () => {
    expect(nextStep(withSteps, state(3, all, 1), 3)).toEqual({ kind: 'teach' });
    expect(nextStep(withSteps, state(3, all, 1), null)).toEqual({ kind: 'teach' });
    expect(nextStep(withSteps, state(4, all, 2), 4)).toEqual({ kind: 'done' });
    expect(nextStep(withSteps, state(2, all), 2)).toEqual({ kind: 'done' });
    expect(nextStep(withSteps, state(1, all), null)).toEqual({ kind: 'done' });
  });
});
