import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { addDays, isDayKey } from '../../../domain/days';
import { dayProblem, INPUT, numberProblem, textProblem } from '../../../domain/limits';
import { sameAppPath } from '../../../domain/links';
import type { LogPrefill } from '../../../domain/log-prefill';
import { ACTIVITY_TYPES, type Activity, type ActivityType } from '../../../domain/types';
import { fmt } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { perfMark } from '../../../perf';
import { userMessageFor } from '../../../state/errors';
import { getActivity, removeActivity, saveActivity, today } from '../../../state/log';
import { showToast } from '../../../state/toast';
import { fieldErrors } from '../../components/field-errors';
import { useFocusFirstError } from '../../components/focus-first-error';
import { LinkField, linkProblem } from '../../components/form-fields';
import { CharCount, limitText } from '../../components/limit-text';
import { Screen } from '../../components/screen';
import { SkillPicker } from '../../components/skill-picker';
import { ChipChoice } from './chip-choice';

const PRESETS = [15, 30, 45, 60] as const;

/** Only same-app paths are followed after saving and by Back (never another origin). */
export const safeReturn = sameAppPath;

type Errors = Partial<
  Record<'type' | 'minutes' | 'day' | 'title' | 'note' | 'link' | 'save', string>
>;

/**
 * Log (or edit) an activity, built for speed: from Today, "webinar, 45 min, today" is
 * type chip + minutes chip + Save (the day defaults to today).
 */
export function LogForm({
  id,
  prefill = {},
  from,
}: {
  id?: string;
  prefill?: LogPrefill;
  from?: string;
}) {
  const m = messages();
  const f = m.log.form;
  const { route } = useLocation();
  const now = today();
  const [loaded, setLoaded] = useState<Activity | null | undefined>(id ? undefined : null);
  const [type, setType] = useState<ActivityType | null>(prefill.type ?? null);
  const [minutes, setMinutes] = useState('30');
  const [day, setDay] = useState(now);
  const [skills, setSkills] = useState<string[]>(prefill.skill ? [prefill.skill] : []);
  const [title, setTitle] = useState(prefill.title ?? '');
  const [note, setNote] = useState('');
  const [link, setLink] = useState(prefill.link ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const { form, focusAfter } = useFocusFirstError(errors);

  useEffect(() => {
    if (!id) return;
    void getActivity(id).then((a) => {
      setLoaded(a ?? null);
      if (!a) return;
      setType(a.type);
      setMinutes(String(a.minutes));
      setDay(a.day);
      setSkills([...a.skillIds]);
      setTitle(a.title === m.log.types[a.type] ? '' : a.title);
      setNote(a.note ?? '');
      setLink(a.link ?? '');
    });
  }, [id]);

  const back = safeReturn(from, '/log');
  const yesterday = addDays(now, -1);
  const fallbackTitle = type ? m.log.types[type] : '';

  async function submit(e: Event) {
    e.preventDefault();
    const next: Errors = {};
    const mins = Number(minutes);
    if (!type) next.type = f.typeMissing;
    if (numberProblem(mins, INPUT.minutes)) next.minutes = f.minutesInvalid;
    const early = dayProblem(day);
    if (!isDayKey(day) || day > now) next.day = f.dayInvalid;
    else if (early) next.day = limitText(early);
    const long = textProblem(title.trim(), INPUT.title);
    if (long) next.title = limitText(long);
    const longNote = textProblem(note, INPUT.note);
    if (longNote) next.note = limitText(longNote);
    const badLink = linkProblem(link, f.linkInvalid);
    if (badLink) next.link = badLink;
    setErrors(next);
    if (Object.keys(next).length > 0 || !type) {
      focusAfter(next);
      return;
    }
    setBusy(true);
    perfMark('save-start');
    try {
      await saveActivity(
        {
          type,
          minutes: mins,
          day,
          skillIds: skills,
          title: title.trim() || fallbackTitle,
          note,
          link,
        },
        id,
        loaded?.updatedAt,
      );
      showToast({ message: m.log.saved });
      route(back);
    } catch (error) {
      // The form stays as typed: nothing is lost while the person reads why.
      setErrors({ save: userMessageFor(error) });
      setBusy(false);
    }
  }

  const { invalid: err, message: errText } = fieldErrors(errors, 'log');

  if (id && loaded === undefined)
    return <Screen title={m.log.editTitle}>{m.common.loading}</Screen>;
  if (id && loaded === null) {
    return (
      <Screen title={m.log.editTitle} back={{ href: '/log', label: m.common.back }}>
        <p>{f.notFound}</p>
      </Screen>
    );
  }

  return (
    <Screen
      title={id ? m.log.editTitle : m.log.newTitle}
      // Opened from the Log tab there is nothing to go back to: the list is a link instead.
      back={id || from ? { href: back, label: m.common.back } : undefined}
      actions={
        id || from ? undefined : (
          <a class="btn btn--secondary btn--small" href="/log">
            {m.log.allActivities}
          </a>
        )
      }
    >
      <form ref={form} class="log-form" onSubmit={submit} noValidate>
        <ChipChoice
          legend={f.type}
          name="type"
          value={type ?? ''}
          chips={ACTIVITY_TYPES.map((t) => ({ value: t, label: m.log.types[t] }))}
          onChange={(t) => setType(t as ActivityType)}
          invalid={err('type')}
          error={errText('type')}
        />
        <ChipChoice
          legend={f.minutes}
          name="minutes"
          value={minutes}
          chips={PRESETS.map((p) => ({
            value: String(p),
            label: fmt(m.common.minutesShort, { n: p }),
          }))}
          onChange={setMinutes}
          other={{
            id: 'minutes-other',
            label: f.minutesOther,
            type: 'number',
            min: INPUT.minutes.min,
            max: INPUT.minutes.max,
          }}
          invalid={err('minutes')}
          error={errText('minutes')}
        />
        <ChipChoice
          legend={f.day}
          name="day"
          value={day}
          chips={[
            { value: now, label: m.common.today },
            { value: yesterday, label: m.common.yesterday },
          ]}
          onChange={setDay}
          other={{
            id: 'day-other',
            label: f.otherDay,
            type: 'date',
            min: INPUT.days.min,
            max: now,
          }}
          invalid={err('day')}
          error={errText('day')}
        />

        <SkillPicker
          legend={
            <>
              {f.skills} <span class="muted">({m.common.optional})</span>
            </>
          }
          value={skills}
          onChange={setSkills}
        />

        <div class="field">
          <label for="log-title">
            {f.titleLabel} <span class="muted">({m.common.optional})</span>
          </label>
          <input
            id="log-title"
            type="text"
            value={title}
            maxLength={INPUT.title}
            placeholder={fallbackTitle}
            aria-describedby={fallbackTitle ? 'log-title-hint' : undefined}
            onInput={(e) => setTitle(e.currentTarget.value)}
            {...err('title')}
          />
          {errText('title')}
          <CharCount value={title} max={INPUT.title} />
          {fallbackTitle && (
            <span id="log-title-hint" class="hint">
              {fmt(f.titleHint, { fallback: fallbackTitle })}
            </span>
          )}
        </div>
        <div class="field">
          <label for="log-note">
            {f.note} <span class="muted">({m.common.optional})</span>
          </label>
          <textarea
            id="log-note"
            value={note}
            maxLength={INPUT.note}
            onInput={(e) => setNote(e.currentTarget.value)}
            {...err('note')}
          />
          {errText('note')}
          <CharCount value={note} max={INPUT.note} />
        </div>
        <LinkField
          id="log-link"
          label={f.link}
          optional
          value={link}
          hint={f.linkHint}
          onInput={setLink}
          invalid={err('link')}
          error={errText('link')}
        />
        {errors.save && (
          <p class="note note--warn" role="alert">
            {errors.save}
          </p>
        )}
        <div class="form-actions">
          <button type="submit" class="btn btn--block" disabled={busy}>
            {f.save}
          </button>
          {id && (
            <button
              type="button"
              class="btn btn--secondary btn--block"
              onClick={async () => {
                await removeActivity(id);
                route('/log');
              }}
            >
              {f.delete}
            </button>
          )}
        </div>
      </form>
    </Screen>
  );
}
