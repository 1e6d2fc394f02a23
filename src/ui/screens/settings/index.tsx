import { messages } from '../../../i18n/index';
import { Screen } from '../../components/screen';
import { WeekStartSection } from '../goals/week-start-section';
import { ReminderDeviceSection } from '../reminders/device-section';
import { FollowedRolesSection } from '../roles/followed-roles-section';
import { AppearanceSection } from './appearance';
import { BackupSection } from './backup-section';
import { StorageSection } from './storage';

export function SettingsScreen() {
  const m = messages();
  return (
    <Screen title={m.settings.title}>
      <AppearanceSection />
      <FollowedRolesSection />
      <WeekStartSection />
      <BackupSection />
      <ReminderDeviceSection />
      <StorageSection />
      <section class="card">
        <h2>{m.settings.about.heading}</h2>
        <p>{m.settings.about.privacy}</p>
      </section>
    </Screen>
  );
}
