import { roleById, skillById, text } from '../../../../domain/catalog/index';
import { fmt } from '../../../../i18n/fmt';
import { formatDay, plural } from '../../../../i18n/format';
import { lang, messages } from '../../../../i18n/index';
import type { SyncMessages } from '../../../../i18n/sync';
import { catalog } from '../../../../state/catalog';
import { ratingLabel } from '../../roles/helpers';

// A conflict's value as the person knows it from the screens where they set it: "Italiano",
// "Community Manager, Social Media Manager", "Level 3", "2 Dec 2026", never a stored code.

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const skillName = (id: string) => {
  const skill = skillById(catalog.value, id);
  return skill ? text(skill.name, lang.value) : id;
};
const roleName = (id: string) => {
  const role = roleById(catalog.value, id);
  return role ? text(role.name, lang.value) : id;
};

/** The text of one stored value of `field` in `store`; `m` is the sync screen's words. */
export function conflictValueText(
  m: SyncMessages,
  store: string,
  field: string | null,
  value: unknown,
): string {
  const k = m.conflicts;
  if (value === undefined || value === null || value === '') {
    // Weeks that follow the language are a choice too ("Same as the language").
    return field === 'weekStartsOn' ? messages().goals.weekStart.auto : k.empty;
  }
  if (typeof value === 'boolean') return value ? k.yes : k.no;
  if (store === 'settings' && field) {
    const shown = settingText(field, value);
    if (shown !== null) return shown;
  }
  if (field === 'skillIds' && Array.isArray(value))
    return value.map(String).map(skillName).join(', ');
  if (field === 'skillId' && typeof value === 'string') return skillName(value);
  if ((field === 'rating' || field === 'level' || field === 'target') && isRating(value)) {
    return ratingLabel(value);
  }
  if (field === 'minutes' && typeof value === 'number') {
    return fmt(messages().common.minutesShort, { n: value });
  }
  if (field === 'type' && store === 'activities' && typeof value === 'string') {
    return (messages().log.types as Record<string, string>)[value] ?? value;
  }
  if (typeof value === 'string' && DAY.test(value)) return formatDay(value);
  if (Array.isArray(value)) {
    // A list of plain values reads as a list; of entries (evidence notes), as their texts.
    if (value.every((v) => typeof v !== 'object')) return value.map(String).join(', ');
    const notes = value.map(entryText).filter((t) => t !== '');
    return notes.length === value.length ? notes.join(' · ') : plural(k.entries, value.length);
  }
  if (typeof value === 'object') return entryText(value) || plural(k.entries, 1);
  return String(value);
}

/** A setting's value in the words of Settings; null when the field has no words of its own. */
function settingText(field: string, value: unknown): string | null {
  const all = messages();
  switch (field) {
    case 'lang':
      return value === 'it' ? all.settings.language.it : all.settings.language.en;
    case 'followedRoleIds':
      return Array.isArray(value) ? value.map(String).map(roleName).join(', ') : null;
    case 'weekStartsOn': {
      const w = all.goals.weekStart;
      return value === 1 ? w.monday : value === 0 ? w.sunday : value === 6 ? w.saturday : w.auto;
    }
    case 'levelReviewMonths':
      return typeof value === 'number' ? plural(all.review.months, value) : null;
    default:
      return null;
  }
}

const isRating = (v: unknown): v is 0 | 1 | 2 | 3 | 4 | 'na' =>
  v === 'na' || (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 4);

/** An entry's own words: its note, title, label or name. */
function entryText(entry: unknown): string {
  if (!entry || typeof entry !== 'object') return '';
  const e = entry as Record<string, unknown>;
  const words = e.note ?? e.title ?? e.label ?? e.name;
  return typeof words === 'string' ? words : '';
}
