import { useEffect } from 'preact/hooks';
import { messages } from '../../../i18n/index';
import { catalog, loadCatalogState } from '../../../state/catalog';
import { follow } from '../../../state/custom-content';
import { settings } from '../../../state/settings';
import { t } from './helpers';
import './roles.css';

/** Settings: which roles the user follows, changeable at any time. */
export function FollowedRolesSection() {
  const m = messages().roles;
  const followed = new Set(settings.value.followedRoleIds);
  useEffect(() => {
    void loadCatalogState();
  }, []);
  return (
    <section class="card">
      <fieldset class="role-checks">
        <legend>{m.followed}</legend>
        {catalog.value.roles.map((role) => (
          <label key={role.id} class="check-row">
            <input
              type="checkbox"
              checked={followed.has(role.id)}
              onChange={(e) => {
                // A refused write (full disk, another tab) leaves the box as stored.
                const box = e.currentTarget;
                const wanted = box.checked;
                void follow(role.id, wanted).then((ok) => {
                  if (!ok) box.checked = !wanted;
                });
              }}
            />
            <span>
              <strong>{t(role.name)}</strong>
              <span class="muted role-checks__summary">{t(role.summary)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
