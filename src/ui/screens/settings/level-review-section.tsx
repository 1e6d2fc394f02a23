import type { LevelReviewSetting } from '../../../domain/types';
import { plural } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { reviewMonths, setReviewMonths } from '../../../state/review';
import { ChoiceGroup } from '../../components/choice-group';

type Choice = '6' | '12' | '18' | 'off';

/** Settings: after how long a level of 3 or more asks for a quick re-confirmation. */
export function LevelReviewSection() {
  const r = messages().review;
  const current = reviewMonths.value;
  return (
    <section class="card" aria-describedby="level-review-hint">
      <ChoiceGroup<Choice>
        legend={r.settingLegend}
        name="level-review"
        value={String(current) as Choice}
        options={[
          ...([6, 12, 18] as const).map((n) => ({
            value: String(n) as Choice,
            label: plural(r.months, n),
          })),
          { value: 'off', label: r.off },
        ]}
        onChange={(next) =>
          void setReviewMonths(next === 'off' ? 'off' : (Number(next) as LevelReviewSetting))
        }
      />
      <p class="note" id="level-review-hint">
        {r.settingHint}
      </p>
    </section>
  );
}
