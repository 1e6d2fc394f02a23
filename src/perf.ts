// Performance marks the benchmark (bench/run.mjs) reads on the page's timeline as `stt:<name>`.
// One call per milestone, cheap enough to stay in production (a mark costs microseconds).

type Milestone =
  | 'settings-ready'
  | 'app-mounted'
  | 'today-ready'
  | 'progress-ready'
  | 'log-ready'
  | 'save-start';

/**
 * Marks a milestone. The first 'today-ready' after a 'save-start' is when the saved activity
 * shows in Today's numbers: it is also measured as 'stt:save'.
 */
export function perfMark(name: Milestone): void {
  performance.mark(`stt:${name}`);
  if (name === 'today-ready' && performance.getEntriesByName('stt:save-start').length > 0) {
    performance.mark('stt:save-visible');
    performance.measure('stt:save', 'stt:save-start', 'stt:save-visible');
    performance.clearMarks('stt:save-start');
  }
}
