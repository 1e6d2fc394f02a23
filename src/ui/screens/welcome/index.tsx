import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
// The built-in roles' names and text() only, not the catalog: a first visit on a slow network
// does not download every skill and link before it can show the welcome (see README, Performance).
import { ROLE_INTRO_LIST } from '../../../domain/catalog/role-intros';
import { text } from '../../../domain/catalog/text';
import { lang, messages } from '../../../i18n/index';
import { changeSettings, setLanguage, settings } from '../../../state/settings';
import { ChoiceGroup } from '../../components/choice-group';
import { Screen } from '../../components/screen';

/**
 * First run: language, then the roles to follow. Saves and starts the guided self-assessment
 * of those roles' core skills (screens/assess), which ends on Today. Start stays in view at any
 * height (a sticky bar): on a phone the three roles fill the screen.
 */
export function WelcomeScreen() {
  const m = messages();
  const { route } = useLocation();
  const [picked, setPicked] = useState<readonly string[]>(settings.value.followedRoleIds);
  const [error, setError] = useState(false);
  const toggle = (id: string, on: boolean) => {
    setError(false);
    setPicked(on ? [...picked.filter((x) => x !== id), id] : picked.filter((x) => x !== id));
  };
  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (picked.length === 0) return setError(true);
    await changeSettings({ followedRoleIds: picked, onboarded: true, lang: lang.value });
    route('/assess/start');
  };
  return (
    <Screen title={m.welcome.title}>
      <p>{m.welcome.intro}</p>
      <form onSubmit={onSubmit} noValidate>
        <ChoiceGroup
          legend={m.welcome.language}
          name="welcome-language"
          // The choice as saved, at once; the words follow when they have arrived.
          value={settings.value.lang ?? lang.value}
          options={[
            { value: 'en', label: 'English', lang: 'en' },
            { value: 'it', label: 'Italiano', lang: 'it' },
          ]}
          onChange={(next) => void setLanguage(next)}
        />
        <fieldset class="welcome-roles" aria-describedby="welcome-hint">
          <legend>{m.welcome.rolesLegend}</legend>
          <p class="note" id="welcome-hint">
            {m.welcome.rolesHint}
          </p>
          {ROLE_INTRO_LIST.map((role) => (
            <label key={role.id} class="welcome-role card">
              <input
                type="checkbox"
                checked={picked.includes(role.id)}
                onChange={(e) => toggle(role.id, e.currentTarget.checked)}
              />
              <span>
                <strong>{text(role.name, lang.value)}</strong>
                <span class="welcome-role__summary">{text(role.summary, lang.value)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div class="welcome-start">
          {error && (
            <p class="welcome-error" role="alert">
              {m.welcome.pickOne}
            </p>
          )}
          <button type="submit" class="btn btn--block" aria-describedby="welcome-next">
            {m.welcome.start}
          </button>
          <p class="note" id="welcome-next">
            {m.welcome.next}
          </p>
        </div>
      </form>
    </Screen>
  );
}
