import { messages } from '../../../i18n/index';
import { Screen } from '../../components/screen';
import { AppearanceSection } from './appearance';
import { StorageSection } from './storage';

export function SettingsScreen() {
  const m = messages();
  return (
    <Screen title={m.settings.title}>
      <AppearanceSection />
      <StorageSection />
      <section class="card">
        <h2>{m.settings.about.heading}</h2>
        <p>{m.settings.about.privacy}</p>
      </section>
    </Screen>
  );
}
