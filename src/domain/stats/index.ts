// Aggregates for charts: pure, linear in the activities given.
export * from './heatmap';
export * from './minutes';
