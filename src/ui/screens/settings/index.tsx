import { messages } from '../../../i18n/index';
import { Icon } from '../../components/icon';
import { Screen } from '../../components/screen';
import { lazyScreen } from '../../shell/screen-unavailable';
import { WeekStartSection } from '../goals/week-start-section';
import { NotFound } from '../not-found';
import { ReminderDeviceSection } from '../reminders/device-section';
import { AppearanceSection } from './appearance';
import { BackupSection } from './backup-section';
import { FollowedSummary } from './followed-summary';
import { LevelReviewSection } from './level-review-section';
import { StorageSection } from './storage';

// Sync's page comes with the sync code: opening Settings does not load it.
const SyncScreen = lazyScreen(() => import('./sync/index').then((m) => m.SyncScreen));

/**
 * Settings, short: what people change (language, look, weeks), their roles in one line with a
 * link to Roles, backup and restore, then the two technical pages one tap away:
 * /settings/reminders (which reminder layers work here) and /settings/storage.
 */
export function SettingsScreen({ path }: { path?: string }) {
  const m = messages();
  const s = m.settings;
  // The route's own path, not useLocation(): while the next screen's code loads, the router
  // keeps this one on screen, and with the new location it would turn into the main Settings
  // page for a moment, whose heading took the focus meant for the next screen.
  const back = { href: '/settings', label: m.common.back };
  if (path === '/settings/reminders') {
    return (
      <Screen title={m.reminders.device.heading} back={back}>
        <ReminderDeviceSection />
      </Screen>
    );
  }
  if (path === '/settings/sync') return <SyncScreen />;
  if (path === '/settings/storage') {
    return (
      <Screen title={s.storage.heading} back={back}>
        <StorageSection />
      </Screen>
    );
  }
  // Any other path under /settings (one route takes them all): not a page of ours.
  if (path !== undefined && path !== '/settings' && path !== '/settings/') return <NotFound />;
  return (
    <Screen title={s.title}>
      <AppearanceSection />
      <FollowedSummary />
      <WeekStartSection />
      <LevelReviewSection />
      <BackupSection />
      <nav class="card" aria-label={s.more}>
        <ul class="list">
          {[
            { href: '/settings/sync', label: s.sync },
            { href: '/settings/reminders', label: m.reminders.device.heading },
            { href: '/settings/storage', label: s.storage.heading },
          ].map((l) => (
            <li key={l.href}>
              <a class="row-link" href={l.href}>
                <span>{l.label}</span>
                <Icon name="chevron" size={20} />
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section class="card">
        <h2>{s.about.heading}</h2>
        <p>{s.about.privacy}</p>
      </section>
    </Screen>
  );
}
