import { useEffect } from 'preact/hooks';
import { text } from '../../../domain/catalog/index';
import { lang, messages } from '../../../i18n/index';
import { followedRoles, loadCatalogState } from '../../../state/catalog';

/** The roles followed, in one line, changed where roles live (Roles), not repeated here. */
export function FollowedSummary() {
  const m = messages().settings.roles;
  useEffect(() => void loadCatalogState(), []);
  const names = followedRoles.value.map((r) => text(r.name, lang.value));
  const list = new Intl.ListFormat(lang.value, { type: 'conjunction' }).format(names);
  return (
    <section class="card" aria-labelledby="settings-roles-h">
      <h2 id="settings-roles-h">{m.heading}</h2>
      <p>{names.length === 0 ? m.none : `${m.following} ${list}.`}</p>
      <a class="btn btn--secondary btn--small" href="/roles">
        {m.change}
      </a>
    </section>
  );
}
