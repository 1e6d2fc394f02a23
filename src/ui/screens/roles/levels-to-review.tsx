import { plural } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { levelsDue, reviewMonths } from '../../../state/review';
import { LevelReviewList } from '../../components/level-review-list';
import { Screen } from '../../components/screen';

/** Every level due for a quick check (Today shows three of them), oldest first. */
export function LevelsToReview() {
  const m = messages();
  const r = m.review;
  const due = levelsDue.value;
  const setting = reviewMonths.value;
  return (
    <Screen title={r.listTitle} back={{ href: '/', label: m.common.back }}>
      <section class="card">
        {due.length === 0 || setting === 'off' ? (
          <p class="note">{r.listNone}</p>
        ) : (
          <>
            <p class="note">{plural(r.intro, due.length, { months: plural(r.months, setting) })}</p>
            <LevelReviewList reviews={due} />
          </>
        )}
      </section>
    </Screen>
  );
}
