// The goal form's checks, on the limits every form shares (domain/limits.ts): a title that
// fits, a target in range for its measure, and dates from 2000 to 2100 (a 9999 typo is refused
// here instead of becoming a goal no screen can show).
import { isDayKey } from '../../../domain/days';
import { dayProblem, INPUT, numberProblem, targetRange, textProblem } from '../../../domain/limits';
import type { Goal } from '../../../domain/types';
import { messages } from '../../../i18n/index';
import { limitText } from '../../components/limit-text';

export type GoalErrors = Partial<
  Record<'target' | 'skill' | 'due' | 'start' | 'end' | 'title', string>
>;

export interface GoalFormValues {
  readonly kind: Goal['kind'];
  readonly title: string;
  readonly target: string;
  readonly measure: 'sessions' | 'minutes';
  readonly skillId: string;
  readonly due: string;
  readonly start: string;
  readonly end: string;
}

export function goalFormErrors(v: GoalFormValues): GoalErrors {
  const f = messages().goals.form;
  const next: GoalErrors = {};
  if (v.kind === 'period') {
    const problem = numberProblem(Number(v.target), targetRange(v.measure));
    if (problem) next.target = limitText(problem);
  }
  if (v.kind === 'level' && !v.skillId) next.skill = f.skillMissing;
  if (v.kind !== 'period') {
    const problem = dayProblem(v.due);
    if (!isDayKey(v.due)) next.due = f.dueMissing;
    else if (problem) next.due = limitText(problem);
  }
  const startProblem = v.start ? dayProblem(v.start) : null;
  if (startProblem) next.start = limitText(startProblem);
  if (v.end) {
    const problem = dayProblem(v.end);
    if (!isDayKey(v.end) || v.end < v.start) next.end = f.endBeforeStart;
    else if (problem) next.end = limitText(problem);
  }
  const long = textProblem(v.title.trim(), INPUT.title);
  if (v.kind === 'deliverable' && !v.title.trim()) next.title = f.deliverableMissing;
  else if (long) next.title = limitText(long);
  return next;
}
