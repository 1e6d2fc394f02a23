import { messages } from '../../../i18n/index';
import { importPackText, skillPackJson } from '../../../state/custom-content';
import { deliverFile } from '../../../state/deliver-file';
import { showToast } from '../../../state/toast';

/** Export the user's own roles and skills as a JSON file; import one from a colleague. */
export function PackSection() {
  const m = messages().roles.pack;
  const onExport = () => {
    const json = skillPackJson();
    if (!json) return showToast({ message: m.nothing });
    void deliverFile('skill-pack.json', 'application/json', json);
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
