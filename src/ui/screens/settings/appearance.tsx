import { lang, messages } from '../../../i18n/index';
import { setLanguage, setTheme, settings } from '../../../state/settings';
import { ChoiceGroup } from '../../components/choice-group';

export function AppearanceSection() {
  const m = messages().settings;
  return (
    <section class="card">
      <ChoiceGroup
        legend={m.language.legend}
        name="language"
        // The choice as saved, at once; the words follow when they have arrived.
        value={settings.value.lang ?? lang.value}
        options={[
          { value: 'en', label: 'English', lang: 'en' },
          { value: 'it', label: 'Italiano', lang: 'it' },
        ]}
        onChange={(next) => void setLanguage(next)}
      />
      <ChoiceGroup
        legend={m.theme.legend}
        name="theme"
        value={settings.value.theme}
        options={[
          { value: 'system', label: m.theme.system },
          { value: 'light', label: m.theme.light },
          { value: 'dark', label: m.theme.dark },
        ]}
        onChange={(next) => void setTheme(next)}
      />
    </section>
  );
}
