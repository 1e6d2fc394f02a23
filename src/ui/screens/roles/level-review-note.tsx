import { useEffect, useRef, useState } from 'preact/hooks';
import { LEVEL_INFO } from '../../../domain/catalog/index';
import { isDue, monthsBetween } from '../../../domain/progress/index';
import { fmt, formatDay, plural } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { today } from '../../../state/log';
import { reconfirm, reviewMonths, reviewOfSkill } from '../../../state/review';
import { unbroken } from '../../components/level-review-list';
import { t } from './helpers';

/**
 * On the skill, above its level: "To re-confirm" with "Still true" when its level of 3 or more
 * is due for a quick check, otherwise when it was last confirmed and when the next check comes.
 * Nothing for lower levels, "not relevant", retired skills, or with the setting off.
 */
export function LevelReviewNote({ skillId }: { skillId: string }) {
  const [justConfirmed, setJustConfirmed] = useState(false);
  const note = useRef<HTMLParagraphElement>(null);
  useEffect(() => void (justConfirmed && note.current?.focus()), [justConfirmed]);
  const review = reviewOfSkill(skillId);
  const setting = reviewMonths.value;
  if (!review || setting === 'off') return null;
  const r = messages().review;
  const now = today();
  if (isDue(review, now)) {
    return (
      <div class="note note--warn" data-testid="review-due">
        <p>
          <strong>{r.skillDue}</strong>
        </p>
        <p>
          {fmt(r.skillDueText, {
            level: t(LEVEL_INFO[review.rating].name),
            day: unbroken(formatDay(review.confirmed)),
            ago: plural(r.months, monthsBetween(review.confirmed, now)),
          })}
        </p>
        <button
          type="button"
          class="btn btn--small"
          onClick={() => void reconfirm(skillId).then((ok) => ok && setJustConfirmed(true))}
        >
          {r.stillTrue}
        </button>
      </div>
    );
  }
  const message = review.confirmed === now ? r.skillConfirmedToday : r.skillConfirmed;
  return (
    <p
      class="note"
      data-testid="review-confirmed"
      ref={note}
      tabIndex={justConfirmed ? -1 : undefined}
    >
      {fmt(message, {
        day: unbroken(formatDay(review.confirmed)),
        due: unbroken(formatDay(review.due)),
      })}
    </p>
  );
}
