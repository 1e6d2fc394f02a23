// "Some reminder rules changed in storage": told by a model whose writes add or remove rules
// along with its own records (deleting a goal removes its deadline reminders, Undo puts them
// back), heard by the reminders model. A tiny module of its own, so those models need not
// import the reminders model (which imports them) to say so.

const listeners = new Set<() => void>();

/** The reminders model registers here: it reads its rules again when told. */
export function onReminderRulesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called after a committed write that changed reminder rules as a side effect. */
export function reminderRulesChanged(): void {
  for (const listener of listeners) listener();
}
