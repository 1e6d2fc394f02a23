// The domain's plain types, one file per topic in types/; the rest of the app imports them from
// here. No DOM, no IndexedDB: everything here can be unit-tested in Node and shared by the page
// and the service worker.
export * from './types/activity';
export * from './types/basics';
export * from './types/catalog';
export * from './types/goals';
export * from './types/learning';
export * from './types/progress';
export * from './types/reminders';
export * from './types/settings';
