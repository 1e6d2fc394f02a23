import { messages } from '../../../i18n/index';
import { importPackText, skillPackJson } from '../../../state/custom-content';
import { showToast } from '../../../state/toast';

/** Export the user's own roles and skills as a JSON file; import one from a colleague. */
export function PackSection() {
  const m = messages().roles.pack;
  const onExport = () => {
    const json = skillPackJson();
    if (!json) return showToast({ message: m.nothing });
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'skill-pack.json';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    await importPackText(await file.text());
    input.value = '';
  };
  return (
    <section class="card" aria-labelledby="pack-h">
      <h2 id="pack-h">{m.heading}</h2>
      <p class="note">{m.body}</p>
      <div class="actions">
        <button type="button" class="btn btn--secondary btn--small" onClick={onExport}>
          {m.export}
        </button>
        <label class="btn btn--secondary btn--small file-btn">
          {m.import}
          <input type="file" accept="application/json,.json" onChange={onFile} />
        </label>
      </div>
    </section>
  );
}
