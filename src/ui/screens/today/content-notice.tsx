import { useEffect, useRef } from 'preact/hooks';
import { roleById, text } from '../../../domain/catalog/index';
import type { RoleNews } from '../../../domain/catalog/news';
import { fmt, plural } from '../../../i18n/format';
import { lang, messages } from '../../../i18n/index';
import { catalog } from '../../../state/catalog';
import {
  contentNews,
  dismissContentNotice,
  loadContentNotice,
} from '../../../state/content-notice';
import './content-notice.css';

/** "A, B and C" in the current language (British English: no serial comma). */
function listOf(items: readonly string[]): string {
  const locale = lang.value === 'en' ? 'en-GB' : lang.value;
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

function RoleLine({ news }: { news: RoleNews }) {
  const m = messages().contentNotice;
  const role = roleById(catalog.value, news.roleId);
  if (!role) return null;
  const name = (id: string) => {
    const skill = catalog.value.skills.find((s) => s.id === id);
    return fmt(m.quoted, { name: skill ? text(skill.name, lang.value) : id });
  };
  const parts = [
    news.added.length > 0 &&
      plural(m.added, news.added.length, { names: listOf(news.added.map(name)) }),
    news.updated.length > 0 && plural(m.updated, news.updated.length),
  ].filter((p): p is string => typeof p === 'string');
  return (
    <li>
      <a href={`/roles/${role.id}`}>{text(role.name, lang.value)}</a>: {parts.join('; ')}.
    </li>
  );
}

/**
 * Once per content version, on Today: what changed in the skills of the roles the person
 * follows (from the catalog's news), until "Got it". A new install never sees it (data/db.ts).
 */
export function ContentNotice() {
  const m = messages().contentNotice;
  const section = useRef<HTMLElement>(null);
  useEffect(() => void loadContentNotice(), []);
  const news = contentNews.value;
  if (!news) return null;
  const dismiss = () => {
    // The card goes away under the focus: hand it to the screen's heading, not to the page body.
    section.current?.closest('main')?.querySelector<HTMLElement>('h1')?.focus();
    void dismissContentNotice();
  };
  return (
    <section
      ref={section}
      class="card content-notice"
      aria-labelledby="content-notice-h"
      data-testid="content-notice"
    >
      <h2 id="content-notice-h">{m.title}</h2>
      <p>{m.intro}</p>
      <ul class="content-notice__list">
        {news.roles.map((r) => (
          <RoleLine key={r.roleId} news={r} />
        ))}
        {news.levelLines && <li>{m.levelLines}</li>}
      </ul>
      <p class="note">{m.kept}</p>
      <button type="button" class="btn btn--secondary btn--small" onClick={dismiss}>
        {m.dismiss}
      </button>
    </section>
  );
}
