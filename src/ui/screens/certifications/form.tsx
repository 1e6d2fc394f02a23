import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { KNOWN_CERTIFICATIONS, knownCertification } from '../../../domain/certifications/known';
import { dayProblem, INPUT, numberProblem, textProblem } from '../../../domain/limits';
import { fmt, plural } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { catalog } from '../../../state/catalog';
import {
  type CertificationInput,
  certifications,
  type RenewalChoice,
  renewalOf,
  submitCertification,
} from '../../../state/certifications';
import { userMessageFor } from '../../../state/errors';
import { showToast } from '../../../state/toast';
import { fieldErrors } from '../../components/field-errors';
import { useFocusFirstError } from '../../components/focus-first-error';
import { DateField, TextField } from '../../components/form-fields';
import { CharCount, limitText } from '../../components/limit-text';
import { Screen } from '../../components/screen';
import { SkillPicker } from '../../components/skill-picker';
import { changeEarned, type FormValues, pickKnown, valuesOf } from './form-model';
import { RemindFields } from './remind-fields';

type Field = 'name' | 'issuer' | 'earnedOn' | 'expiresOn' | 'credential' | 'note' | 'daysBefore';
type Errors = Partial<Record<Field, string>>;
const LIST = '/progress/certifications';

/** Create or edit a certification, optionally from a known one, with its renewal reminder. */
export function CertificationForm({ id }: { id?: string }) {
  const m = messages();
  const c = m.certifications;
  const f = c.form;
  const { route } = useLocation();
  const existing = id ? certifications.value.find((x) => x.id === id) : undefined;
  const [v, setV] = useState<FormValues>(() => valuesOf(existing, id ? renewalOf(id) : undefined));
  const [errors, setErrors] = useState<Errors>({});
  const { form, focusAfter } = useFocusFirstError(errors);
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setV((prev) => ({ ...prev, [key]: value }));
  const title = id ? f.editTitle : f.newTitle;
  const back = { href: LIST, label: m.common.back };
  if (id && !existing) {
    return (
      <Screen title={title} back={back}>
        <p>{f.notFound}</p>
      </Screen>
    );
  }

  function check(): Errors {
    const next: Errors = {};
    const text = (key: Field, value: string, max: number) => {
      const long = textProblem(value.trim(), max);
      if (long) next[key] = limitText(long);
    };
    if (!v.name.trim()) next.name = f.noName;
    else text('name', v.name, INPUT.name);
    if (!v.issuer.trim()) next.issuer = f.noIssuer;
    else text('issuer', v.issuer, INPUT.name);
    for (const key of ['earnedOn', 'expiresOn'] as const) {
      const bad = v[key] ? dayProblem(v[key]) : null;
      if (bad) next[key] = limitText(bad);
    }
    if (!next.expiresOn && v.earnedOn && v.expiresOn && v.expiresOn < v.earnedOn) {
      next.expiresOn = f.expiryBeforeEarned;
    }
    text('credential', v.credential, INPUT.link);
    text('note', v.note, INPUT.note);
    const before = numberProblem(Number(v.daysBefore), INPUT.renewalDaysBefore);
    if (v.remind && v.expiresOn && (before || v.daysBefore.trim() === '')) {
      next.daysBefore = limitText(before ?? { kind: 'out-of-range', ...INPUT.renewalDaysBefore });
    }
    return next;
  }

  async function onSubmit(e: Event) {
    e.preventDefault();
    const next = check();
    setErrors(next);
    if (Object.keys(next).length > 0) {
      focusAfter(next);
      return;
    }
    const input: CertificationInput = {
      name: v.name,
      issuer: v.issuer,
      skillIds: v.skillIds,
      ...(v.earnedOn ? { earnedOn: v.earnedOn } : {}),
      ...(v.expiresOn ? { expiresOn: v.expiresOn } : {}),
      ...(v.credential.trim() ? { credential: v.credential } : {}),
      ...(v.note.trim() ? { note: v.note } : {}),
      ...(v.knownId ? { knownId: v.knownId } : {}),
    };
    const renewal: RenewalChoice | null =
      v.remind && v.expiresOn
        ? { daysBefore: Number(v.daysBefore), time: v.time || '09:00' }
        : null;
    try {
      await submitCertification(input, renewal, id, existing?.updatedAt);
      showToast({ message: f.saved });
      route(LIST);
    } catch (error) {
      showToast({ message: userMessageFor(error), tone: 'error' });
    }
  }

  const { invalid, message: errText } = fieldErrors(errors, 'cert');
  const known = knownCertification(v.knownId);
  const issuer = v.issuer.trim() || known?.issuer || '';
  const validityHint = !known
    ? null
    : known.validityMonths === null
      ? fmt(f.validityUnknown, { issuer })
      : v.expirySuggested
        ? plural(f.usualValidity, known.validityMonths, { issuer })
        : !v.earnedOn
          ? plural(f.usualValidityNoDay, known.validityMonths)
          : null;

  return (
    <Screen title={title} back={back}>
      <form ref={form} class="card" onSubmit={onSubmit} noValidate>
        {!existing && (
          <div class="field">
            <label for="cert-known">{f.known}</label>
            <select
              id="cert-known"
              value={v.knownId}
              aria-describedby="cert-known-hint"
              onChange={(e) =>
                setV((prev) => pickKnown(prev, e.currentTarget.value, catalog.value))
              }
            >
              <option value="">{f.knownOther}</option>
              {KNOWN_CERTIFICATIONS.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.name}
                </option>
              ))}
            </select>
            <span id="cert-known-hint" class="hint">
              {f.knownHint}
            </span>
          </div>
        )}
        <TextField
          id="cert-name"
          label={f.name}
          value={v.name}
          max={INPUT.name}
          onInput={(x) => set('name', x)}
          invalid={invalid('name')}
          error={errText('name')}
        />
        <TextField
          id="cert-issuer"
          label={f.issuer}
          value={v.issuer}
          max={INPUT.name}
          onInput={(x) => set('issuer', x)}
          invalid={invalid('issuer')}
          error={errText('issuer')}
        />
        <DateField
          id="cert-earned"
          label={f.earnedOn}
          value={v.earnedOn}
          onInput={(day) => setV((prev) => changeEarned(prev, day))}
          invalid={invalid('earnedOn')}
          error={errText('earnedOn')}
        />
        <DateField
          id="cert-expires"
          label={f.expiresOn}
          value={v.expiresOn}
          hint={validityHint ?? f.expiresHint}
          onInput={(day) => setV((prev) => ({ ...prev, expiresOn: day, expirySuggested: false }))}
          invalid={invalid('expiresOn')}
          error={errText('expiresOn')}
        />
        <RemindFields
          v={v}
          set={set}
          invalid={invalid('daysBefore')}
          error={errText('daysBefore')}
        />
        <TextField
          id="cert-credential"
          label={f.credential}
          value={v.credential}
          max={INPUT.link}
          optional
          hint={f.credentialHint}
          onInput={(x) => set('credential', x)}
          invalid={invalid('credential')}
          error={errText('credential')}
        />
        <SkillPicker
          legend={f.skills}
          name="cert-skill"
          value={v.skillIds}
          onChange={(next) => set('skillIds', next)}
        />
        <div class="field">
          <label for="cert-note">
            {f.note} <span class="muted">({m.common.optional})</span>
          </label>
          <textarea
            id="cert-note"
            rows={3}
            maxLength={INPUT.note}
            value={v.note}
            onInput={(e) => set('note', e.currentTarget.value)}
            {...invalid('note')}
          />
          <CharCount value={v.note} max={INPUT.note} />
          {errText('note')}
        </div>
        <button type="submit" class="btn btn--block">
          {f.save}
        </button>
      </form>
    </Screen>
  );
}
