// Goals, periods, consistency and streak: pure functions over the log and day keys.
export * from './consistency';
export * from './consistency-view';
export * from './deadlines';
export * from './periods';
export * from './progress';
export * from './streak';
