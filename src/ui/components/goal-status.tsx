import { messages } from '../../i18n/index';
import './goal-status.css';

/**
 * Where a goal stands, in word, icon and colour together (never colour alone): the one badge
 * Today and the Goals screen both show, so "Met" looks the same everywhere.
 * 'met' also covers a deliverable done and a level reached; 'current' is a period still running;
 * 'ended' is a regular target whose end date has passed (its periods are in its history).
 */
export type GoalState = 'met' | 'current' | 'open' | 'missed' | 'paused' | 'upcoming' | 'ended';

// 24px line paths, like icon.tsx: a tick, a half-filled clock face, a dash, a pause sign.
const PATHS: Record<GoalState, string> = {
  met: 'M20 6L9 17l-5-5',
  current: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2',
  open: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z',
  missed: 'M6 12h12',
  paused: 'M9 5v14M15 5v14',
  upcoming: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5',
  ended: 'M5 21V4h12l-2 4 2 4H5',
};

export function goalStateLabel(state: GoalState): string {
  const p = messages().goals.progress;
  return state === 'open' ? p.open : p[state];
}

export function GoalStatus({ state, label }: { state: GoalState; label?: string }) {
  return (
    <span class={`goal-status goal-status--${state}`} data-state={state}>
      <svg
        width="16"
        height="16"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        stroke-width="2.5"
        stroke-linecap="round"
        stroke-linejoin="round"
        aria-hidden="true"
        focusable="false"
      >
        <path d={PATHS[state]} />
      </svg>
      {label ?? goalStateLabel(state)}
    </span>
  );
}
