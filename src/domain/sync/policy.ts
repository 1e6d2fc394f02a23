// Which parts of the user's data travel between devices, and how they merge. Pure constants.

/**
 * Settings that belong to THIS device and never sync: how it looks here (theme: a phone in dark
 * mode beside a laptop in light is normal), what this browser was asked (persistent storage),
 * and what happened to files on this device (the last backup file made here, the calendar file
 * exported here and its iCalendar SEQUENCE, which must grow per calendar that imported it).
 * Everything else in Settings syncs: language, followed roles, week start, streak, onboarding,
 * reminders paused (a holiday is a holiday everywhere). Notification permission and the
 * reminder layers a device supports are not stored in Settings at all: they are read from the
 * browser each time (state/reminder-device.ts), so they are per device by nature.
 * Settings' updatedAt is this device's too: it moves with the theme as with anything else.
 */
export const DEVICE_SETTINGS = [
  'updatedAt',
  'theme',
  'persistAsked',
  'lastBackupAt',
  'lastCalendarExportAt',
  'calendarSequence',
] as const;

const deviceSettings: ReadonlySet<string> = new Set(DEVICE_SETTINGS);

/** Fields that are never sent for a store (the record's key is sent as the change's id). */
export function isLocalField(store: string, field: string): boolean {
  return field === 'id' || (store === 'settings' && deviceSettings.has(field));
}

/**
 * Stamps, not content: two devices editing different fields both move updatedAt, which must
 * not read as a conflict. They still merge by clock (the newest edit's stamp wins).
 */
export const NO_CONFLICT_FIELDS: ReadonlySet<string> = new Set(['createdAt', 'updatedAt']);

/**
 * The level history: each assessment is a dated record of its own, made once and never edited
 * by the person, so two devices only ever add to it. Renames by a content update happen alike on
 * every device. It merges by clock and never reports a conflict.
 */
export const APPEND_ONLY_STORES: ReadonlySet<string> = new Set(['assessments']);

/** Where "keep both" makes sense: two versions of one logged session become two sessions. */
export const KEEP_BOTH_STORES: ReadonlySet<string> = new Set(['activities']);

/**
 * How a set-like field's elements are told apart: 'value' (an id or a weekday is its own key),
 * 'byId' (evidence: an entry with its own id, never edited, only added or removed).
 */
export type SetKind = 'value' | 'byId';

/**
 * Fields that hold a set: merged element by element (domain/sync/sets.ts), never a conflict. An
 * add and a removal of the same element: the later clock wins for that element. Lists that are
 * ordered definitions edited in one form (a custom skill's checklist and example goals, a custom
 * role's areas and links, a custom skill's attachments, a goal's pauses) stay whole values: their
 * entries carry settings of their own, and two devices changing one must show a conflict, not
 * pick one in silence.
 */
const SET_FIELDS: Readonly<Record<string, Readonly<Record<string, SetKind>>>> = {
  settings: { followedRoleIds: 'value' },
  skillStates: { checked: 'value', evidence: 'byId' },
  activities: { skillIds: 'value' },
  goals: { skillIds: 'value', roleIds: 'value' },
  reminders: { days: 'value' },
  certifications: { skillIds: 'value' },
};

/** The kind of set a field holds, or null when it merges as one value. */
export function setKindOf(store: string, field: string): SetKind | null {
  const fields = SET_FIELDS[store];
  return fields && Object.hasOwn(fields, field) ? (fields[field] ?? null) : null;
}
