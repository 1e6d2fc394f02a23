import { useState } from 'preact/hooks';
import { INPUT, textProblem } from '../../../domain/limits';
import { webLink } from '../../../domain/links';
import {
  RESOURCE_KINDS,
  type ResourceCost,
  type ResourceKind,
  type ResourceLang,
} from '../../../domain/types';
import { fmt } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import { userMessageFor } from '../../../state/errors';
import { addResource } from '../../../state/resources';
import { showToast } from '../../../state/toast';
import { fieldErrors } from '../../components/field-errors';
import { useFocusFirstError } from '../../components/focus-first-error';
import { LinkField, linkProblem } from '../../components/form-fields';
import { CharCount, limitText } from '../../components/limit-text';

type Errors = Partial<Record<'name' | 'publisher' | 'link' | 'save', string>>;

const LANGS: readonly ResourceLang[] = ['it', 'en', 'other'];
const COSTS: readonly ResourceCost[] = ['free', 'paid'];

/** "Add your own resource" to a skill: a name, and what the person knows of the rest. */
export function AddResourceForm({ skillId, onDone }: { skillId: string; onDone: () => void }) {
  const m = messages().learn;
  const f = m.add;
  const [name, setName] = useState('');
  const [publisher, setPublisher] = useState('');
  const [kind, setKind] = useState<ResourceKind>('course');
  const [lang, setLang] = useState<ResourceLang | ''>('');
  const [cost, setCost] = useState<ResourceCost | ''>('');
  const [link, setLink] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const { form, focusAfter } = useFocusFirstError(errors);
  const { invalid, message } = fieldErrors(errors, 'res');

  async function submit(e: Event) {
    e.preventDefault();
    const next: Errors = {};
    const longName = textProblem(name.trim(), INPUT.name);
    if (!name.trim()) next.name = f.nameMissing;
    else if (longName) next.name = limitText(longName);
    const longPublisher = textProblem(publisher.trim(), INPUT.name);
    if (longPublisher) next.publisher = limitText(longPublisher);
    const badLink = linkProblem(link, f.linkInvalid);
    if (badLink) next.link = badLink;
    const href = link.trim() ? webLink(link) : null;
    setErrors(next);
    if (Object.keys(next).length > 0) {
      focusAfter(next);
      return;
    }
    setBusy(true);
    try {
      const saved = await addResource({
        skillId,
        name,
        kind,
        ...(publisher.trim() ? { publisher } : {}),
        ...(lang ? { lang } : {}),
        ...(cost ? { cost } : {}),
        ...(href ? { link: href } : {}),
      });
      showToast({ message: fmt(f.added, { name: saved.name }) });
      onDone();
    } catch (error) {
      // The form keeps what was typed while the person reads why.
      setErrors({ save: userMessageFor(error) });
      setBusy(false);
    }
  }

  return (
    <form ref={form} class="resource-form" onSubmit={submit} noValidate aria-labelledby="res-h">
      <h3 id="res-h">{f.heading}</h3>
      <div class="field">
        <label for="res-name">{f.name}</label>
        <input
          id="res-name"
          type="text"
          value={name}
          maxLength={INPUT.name}
          onInput={(e) => setName(e.currentTarget.value)}
          {...invalid('name')}
        />
        {message('name')}
        <CharCount value={name} max={INPUT.name} />
      </div>
      <div class="field">
        <label for="res-publisher">
          {f.publisher} <span class="muted">({messages().common.optional})</span>
        </label>
        <input
          id="res-publisher"
          type="text"
          value={publisher}
          maxLength={INPUT.name}
          onInput={(e) => setPublisher(e.currentTarget.value)}
          {...invalid('publisher')}
        />
        {message('publisher')}
        <CharCount value={publisher} max={INPUT.name} />
      </div>
      <div class="resource-form__choices">
        <div class="field">
          <label for="res-kind">{f.kind}</label>
          <select
            id="res-kind"
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as ResourceKind)}
          >
            {RESOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {m.kinds[k]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="res-lang">{f.lang}</label>
          <select
            id="res-lang"
            value={lang}
            onChange={(e) => setLang(e.currentTarget.value as ResourceLang | '')}
          >
            <option value="">{f.unknown}</option>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {m.langs[l]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="res-cost">{f.cost}</label>
          <select
            id="res-cost"
            value={cost}
            onChange={(e) => setCost(e.currentTarget.value as ResourceCost | '')}
          >
            <option value="">{f.unknown}</option>
            {COSTS.map((c) => (
              <option key={c} value={c}>
                {m.costs[c]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <LinkField
        id="res-link"
        label={f.link}
        optional
        value={link}
        hint={f.linkHint}
        onInput={setLink}
        invalid={invalid('link')}
        error={message('link')}
      />
      {errors.save && (
        <p class="note note--warn" role="alert">
          {errors.save}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="btn" disabled={busy}>
          {f.save}
        </button>
        <button type="button" class="btn btn--secondary" onClick={onDone}>
          {f.cancel}
        </button>
      </div>
    </form>
  );
}
