import { useEffect, useState } from 'preact/hooks';
import { text } from '../../../domain/catalog/index';
import type { Catalog, Level, Rating, RoleDef, Text } from '../../../domain/types';
import { fmt, formatNumber } from '../../../i18n/format';
import { lang, messages } from '../../../i18n/index';
import { loadCatalogState } from '../../../state/catalog';
import { loadAssessments } from '../../../state/skills';

/** True once custom content, ratings (and, if asked, the level history) are loaded. */
export function useLoaded(withHistory = false): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void Promise.all([loadCatalogState(), withHistory ? loadAssessments() : null]).then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [withHistory]);
  return ready;
}

export function t(value: Text): string {
  return text(value, lang.value);
}

/** "42%", or a dash when nothing can be measured yet. */
export function percent(value: number | null): string {
  return value === null ? '–' : fmt(messages().common.percent, { n: formatNumber(value) });
}

/** A short name for a role in "also in" lists: SMM rather than Social Media Manager. */
export function shortRoleName(role: RoleDef): string {
  const SHORT: Record<string, string> = { cm: 'CM', smm: 'SMM', strategist: 'Strategist' };
  return SHORT[role.id] ?? t(role.name);
}

/** The roles (of the catalog) that link a skill, with each link. */
export function rolesWithSkill(catalog: Catalog, skillId: string) {
  return catalog.roles.flatMap((role) => {
    const link = role.links.find((l) => l.skillId === skillId);
    return link ? [{ role, link }] : [];
  });
}

/** The highest target among the given roles linking a skill (null if none links it). */
export function highestTarget(roles: readonly RoleDef[], skillId: string): Level | null {
  let best: Level | null = null;
  for (const role of roles) {
    const link = role.links.find((l) => l.skillId === skillId && !l.retired);
    if (link && (best === null || link.target > best)) best = link.target;
  }
  return best;
}

/** "Level 2", "Not rated" or "Not relevant". */
export function ratingLabel(rating: Rating | null): string {
  const m = messages().roles;
  if (rating === null) return m.unrated;
  if (rating === 'na') return m.notRelevant;
  return fmt(m.level, { level: rating });
}
