import { useEffect, useState } from 'preact/hooks';
import { LEVEL_INFO, skillById, text } from '../../../domain/catalog/index';
import type { RerateSuggestion } from '../../../domain/progress/index';
import type { Activity, Level } from '../../../domain/types';
import { fmt, plural } from '../../../i18n/format';
import { lang, messages } from '../../../i18n/index';
import { catalog } from '../../../state/catalog';
import {
  changeLevel,
  dismissRerate,
  keepLevel,
  loadRerate,
  rerateFor,
} from '../../../state/rerate';

/** "3 hours on Strategy since you rated it Practising: still true?", one skill at a time. */
export function RerateCard({ activities }: { activities: readonly Activity[] }) {
  const [ready, setReady] = useState(false);
  const [, setAnswered] = useState(0);
  useEffect(() => {
    let live = true;
    void loadRerate().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  if (!ready) return null;
  const s = rerateFor(activities);
  const skill = s ? skillById(catalog.value, s.skillId) : undefined;
  if (!s || !skill) return null;
  const m = messages();
  const r = m.today.rerate;
  const levelName = (l: Level) => text(LEVEL_INFO[l].name, lang.value);
  const next = Math.min(4, s.rating + 1) as Level;
  const answer = (run: (x: RerateSuggestion) => Promise<void>) =>
    void run(s).then(() => setAnswered((n) => n + 1));
  return (
    <section class="card today-rerate" aria-labelledby="today-rerate">
      <h2 id="today-rerate">{r.heading}</h2>
      <p>
        {fmt(r.question, {
          amount: amountText(s),
          skill: text(skill.name, lang.value),
          level: levelName(s.rating),
        })}
      </p>
      <div class="today-rerate__actions">
        <button type="button" class="btn btn--small" onClick={() => answer(keepLevel)}>
          {r.keep}
        </button>
        <button
          type="button"
          class="btn btn--secondary btn--small"
          onClick={() => answer((x) => changeLevel(x, next))}
        >
          {fmt(r.raise, { level: levelName(next) })}
        </button>
        <button
          type="button"
          class="btn btn--ghost btn--small"
          onClick={() => answer(dismissRerate)}
        >
          {r.notNow}
        </button>
      </div>
      <p class="note">
        <a class="link-action" href={`/roles/skill/${encodeURIComponent(s.skillId)}`}>
          {r.other}
        </a>
      </p>
    </section>
  );
}

/** Whole hours from 2 hours up (rounded down: never claims more than was logged). */
function amountText(s: RerateSuggestion): string {
  const c = messages().common;
  if (s.minutes >= 120) return plural(messages().today.rerate.hours, Math.floor(s.minutes / 60));
  if (s.sessions >= 3) return plural(c.sessions, s.sessions);
  return plural(c.minutes, s.minutes);
}
