import { useEffect, useRef, useState } from 'preact/hooks';
import { LEVEL_INFO, skillById, text } from '../../domain/catalog/index';
import type { LevelReview } from '../../domain/progress/index';
import type { Level } from '../../domain/types';
import { fmt, formatDay } from '../../i18n/format';
import { lang, messages } from '../../i18n/index';
import { catalog, followedRoles } from '../../state/catalog';
import { changeReviewedLevel, reconfirm } from '../../state/review';
import { LevelButtons } from './level-buttons';

/**
 * Levels that came up for review, each with "Still true" (one tap: a dated assessment at the
 * same level) and "Changed" (reveals the levels: one more tap). A confirmed level leaves the
 * list at once; focus moves to the next one's "Still true" (when none is left, the caller's
 * thank-you takes it).
 */
export function LevelReviewList({
  reviews,
  onAnswer,
}: {
  reviews: readonly LevelReview[];
  /** Told when the person answers (before the write): the caller can thank them once done. */
  onAnswer?: () => void;
}) {
  const list = useRef<HTMLUListElement>(null);
  const [focusAt, setFocusAt] = useState<number | null>(null);
  useEffect(() => {
    if (focusAt === null) return;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('[data-still-true]');
    const next = buttons?.[Math.min(focusAt, buttons.length - 1)];
    next?.focus();
    setFocusAt(null);
  }, [focusAt, reviews]);
  const done = (index: number) => (ok: boolean) => ok && setFocusAt(index);
  return (
    <ul class="list" ref={list}>
      {reviews.map((r, i) => (
        <ReviewRow key={r.skillId} review={r} onStart={onAnswer} onDone={done(i)} />
      ))}
    </ul>
  );
}

function ReviewRow({
  review,
  onStart,
  onDone,
}: {
  review: LevelReview;
  onStart: (() => void) | undefined;
  onDone: (ok: boolean) => void;
}) {
  const m = messages().review;
  const l = lang.value;
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const skill = skillById(catalog.value, review.skillId);
  const name = skill ? text(skill.name, l) : review.skillId;
  const id = `review-${review.skillId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const run = (write: () => Promise<boolean>) => {
    setBusy(true);
    onStart?.();
    void write().then((ok) => {
      setBusy(false);
      onDone(ok);
    });
  };
  return (
    <li class="review-row">
      <a
        class="link-action review-row__name"
        id={`${id}-name`}
        href={`/roles/skill/${encodeURIComponent(review.skillId)}`}
      >
        <strong>{name}</strong>
      </a>
      <p class="note" id={`${id}-when`}>
        {fmt(m.lastConfirmed, {
          level: text(LEVEL_INFO[review.rating].name, l),
          day: unbroken(formatDay(review.confirmed)),
        })}
      </p>
      <div class="button-row">
        <button
          type="button"
          class="btn btn--small"
          data-still-true
          aria-describedby={`${id}-name ${id}-when`}
          disabled={busy}
          onClick={() => run(() => reconfirm(review.skillId))}
        >
          {m.stillTrue}
        </button>
        <button
          type="button"
          class="btn btn--secondary btn--small"
          aria-expanded={open}
          aria-controls={`${id}-levels`}
          aria-describedby={`${id}-name`}
          onClick={() => setOpen(!open)}
        >
          {m.changed}
        </button>
      </div>
      <div id={`${id}-levels`} hidden={!open}>
        {open && (
          <LevelButtons
            legend={m.changedLegend}
            chosen={review.rating}
            target={targetOf(review)}
            disabled={busy}
            onPick={(rating) =>
              rating !== 'na' && run(() => changeReviewedLevel(review.skillId, rating))
            }
          />
        )}
      </div>
    </li>
  );
}

/** The highest target the followed roles set for the skill, marked on the levels. */
function targetOf(review: LevelReview): Level {
  let best: Level | null = null;
  for (const role of followedRoles.value) {
    for (const link of role.links) {
      if (link.skillId === review.skillId && (best === null || link.target > best))
        best = link.target;
    }
  }
  return best ?? review.rating;
}

/** A date kept on one line ("1 Apr 2025", never "(1" at a line's end). */
export function unbroken(day: string): string {
  return day.replace(/ /g, '\u00a0');
}
