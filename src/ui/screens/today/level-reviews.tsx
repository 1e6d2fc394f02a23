import { useEffect, useRef, useState } from 'preact/hooks';
import { REVIEW_SHOWN } from '../../../domain/progress/index';
import type { Activity } from '../../../domain/types';
import { plural } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { rerateFor } from '../../../state/rerate';
import { levelsDue, loadLevelReviews, reviewMonths, reviewsReady } from '../../../state/review';
import { LevelReviewList } from '../../components/level-review-list';

/**
 * Today's quick check of old high levels: at most three, the longest unconfirmed first, and
 * "n more" to the full list. A skill the "still true?" card above already asks about (time
 * logged on it) is left to that card, so no skill is asked about twice (rerateFor reads that
 * card's answers as a signal: once they load, this list follows).
 */
export function LevelReviewsOnToday({ activities }: { activities: readonly Activity[] }) {
  const [answered, setAnswered] = useState(false);
  const thanks = useRef<HTMLParagraphElement>(null);
  // Today loads the history with its other reads, so this card shows in the same paint.
  useEffect(() => void loadLevelReviews(), []);
  const asked = reviewsReady.value ? rerateFor(activities)?.skillId : undefined;
  const due = levelsDue.value.filter((r) => r.skillId !== asked);
  const emptied = answered && due.length === 0;
  // The last one answered here: its row is gone, the thank-you takes the focus.
  useEffect(() => void (emptied && thanks.current?.focus()), [emptied]);
  const setting = reviewMonths.value;
  if (!reviewsReady.value || setting === 'off' || (due.length === 0 && !emptied)) return null;
  const r = messages().review;
  const shown = due.slice(0, REVIEW_SHOWN);
  const more = due.length - shown.length;
  return (
    <section class="card" aria-labelledby="today-review" data-testid="today-review">
      <h2 id="today-review">{r.heading}</h2>
      {due.length === 0 ? (
        <p class="note" tabIndex={-1} ref={thanks}>
          {r.allDone}
        </p>
      ) : (
        <>
          <p class="note">{plural(r.intro, shown.length, { months: plural(r.months, setting) })}</p>
          <LevelReviewList reviews={shown} onAnswer={() => setAnswered(true)} />
          {more > 0 && (
            <p class="note">
              <a class="link-action" href="/roles/review">
                {plural(r.more, more)}
              </a>
            </p>
          )}
        </>
      )}
    </section>
  );
}
