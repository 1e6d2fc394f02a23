import { useEffect, useState } from 'preact/hooks';
import { fmt } from '../../../i18n/format';
import { messages } from '../../../i18n/index';
import type { BackupDoc, RestoreCounts, RestoreMode } from '../../../state/backup';
import { previewBackup, readBackupFile, restoreBackup } from '../../../state/backup';
import { userMessageFor } from '../../../state/errors';
import { ChoiceGroup } from '../../components/choice-group';
import { Screen } from '../../components/screen';
import { formatStamp, restoreErrorText } from './format';
import { PreviewTable } from './preview';
import './restore.css';

type Phase =
  | { step: 'pick' }
  | { step: 'reading' }
  | { step: 'refused'; message: string }
  | { step: 'ready'; doc: BackupDoc; fileName: string };

/**
 * /settings/restore: pick a file, see per kind of record what Replace or Merge would do, apply
 * in one transaction. A refused file names the problem and changes nothing. On success the app
 * reloads on Settings (see restoreBackup), which then says what was restored.
 */
export function RestoreScreen() {
  const m = messages().backup.restore;
  const [phase, setPhase] = useState<Phase>({ step: 'pick' });
  const [mode, setMode] = useState<RestoreMode>('replace');
  const [preview, setPreview] = useState<RestoreCounts | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [applying, setApplying] = useState(false);

  useEffect(() => {
    if (phase.step !== 'ready') return;
    let live = true;
    setPreview(null);
    setProblem(null);
    void previewBackup(phase.doc, mode).then((result) => {
      if (!live) return;
      if (result.ok) setPreview(result.counts);
      else setProblem(restoreErrorText(result.error));
    });
    return () => {
      live = false;
    };
  }, [phase, mode]);

  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setPhase({ step: 'reading' });
    const parsed = await readBackupFile(file);
    setPhase(
      parsed.ok
        ? { step: 'ready', doc: parsed.doc, fileName: file.name }
        : { step: 'refused', message: restoreErrorText(parsed.error) },
    );
  };

  const apply = async () => {
    if (phase.step !== 'ready') return;
    setApplying(true);
    setProblem(null);
    try {
      const result = await restoreBackup(phase.doc, mode);
      if (!result.ok) setProblem(restoreErrorText(result.error));
    } catch (error) {
      setProblem(fmt(m.failed, { reason: userMessageFor(error) }));
    } finally {
      setApplying(false);
    }
  };

  return (
    <Screen title={m.title} back={{ href: '/settings', label: m.back }}>
      <section class="card restore">
        <p>{m.intro}</p>
        {/* The native file input is tiny and speaks the browser's language: a big button instead. */}
        <label class="btn btn--secondary file-btn">
          {m.file}
          <input
            type="file"
            accept="application/json,.json"
            disabled={applying}
            onChange={(e) => void onFile(e)}
          />
        </label>
        <div aria-live="polite">
          {phase.step === 'reading' && <p>{m.reading}</p>}
          {phase.step === 'refused' && (
            <p class="note note--warn" role="alert" data-testid="restore-error">
              {phase.message}
            </p>
          )}
        </div>
      </section>
      {phase.step === 'ready' && (
        <section class="card restore" aria-labelledby="preview-h">
          <h2 id="preview-h">{m.previewHeading}</h2>
          <p class="muted">
            {fmt(m.fileSummary, { file: phase.fileName, date: formatStamp(phase.doc.exportedAt) })}
          </p>
          <ChoiceGroup
            legend={m.modeLegend}
            name="restore-mode"
            value={mode}
            onChange={setMode}
            options={[
              { value: 'replace', label: m.replace },
              { value: 'merge', label: m.merge },
            ]}
          />
          <p class="muted restore__hint">{mode === 'replace' ? m.replaceHint : m.mergeHint}</p>
          {preview && <PreviewTable counts={preview} mode={mode} />}
          {problem && (
            <p class="note note--warn" role="alert" data-testid="restore-error">
              {problem}
            </p>
          )}
          <div class="restore-actions">
            <button
              type="button"
              class={mode === 'replace' ? 'btn btn--danger' : 'btn'}
              disabled={!preview || applying}
              onClick={() => void apply()}
            >
              {mode === 'replace' ? m.applyReplace : m.applyMerge}
            </button>
          </div>
          {applying && (
            <p role="status" aria-busy="true">
              {m.applying}
            </p>
          )}
        </section>
      )}
    </Screen>
  );
}
