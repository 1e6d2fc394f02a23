import { messages } from '../../../i18n/index';
import { changeSettings, settings } from '../../../state/settings';
import { ChoiceGroup } from '../../components/choice-group';

type Choice = 'auto' | '1' | '0' | '6';

/** Settings: when weeks start (goals, log, charts) and whether Today shows the streak. */
export function WeekStartSection() {
  const w = messages().goals.weekStart;
  const current = settings.value.weekStartsOn;
  return (
    <section class="card">
      <ChoiceGroup<Choice>
        legend={w.legend}
        name="week-start"
        value={current === null ? 'auto' : (String(current) as Choice)}
        options={[
          { value: 'auto', label: w.auto },
          { value: '1', label: w.monday },
          { value: '0', label: w.sunday },
          { value: '6', label: w.saturday },
        ]}
        onChange={(next) =>
          void changeSettings({
            weekStartsOn: next === 'auto' ? null : (Number(next) as 0 | 1 | 6),
          })
        }
      />
      <label class="check-row">
        <input
          type="checkbox"
          class="switch"
          role="switch"
          checked={settings.value.showStreak}
          aria-checked={settings.value.showStreak}
          onChange={(e) => void changeSettings({ showStreak: e.currentTarget.checked })}
        />
        <span>{w.streak}</span>
      </label>
    </section>
  );
}
