import { useEffect, useState } from 'preact/hooks';
import { lang, messages } from '../../../../i18n/index';
import { loadSyncMessages, syncMessages } from '../../../../i18n/sync';
import { syncSetup } from '../../../../state/sync';
import { Screen } from '../../../components/screen';
import { showSyncStatus } from '../../../shell/sync-status';
import { SyncConflicts } from './conflicts';
import { SyncDeviceCard } from './device-card';
import { RecoveryKeyCard } from './recovery-key';
import { SyncSetupForm } from './setup-form';
import { SyncStatusCard } from './status-card';

/**
 * Settings → Sync (/settings/sync): the status always on top; the set-up form until sync is
 * set up here, then this device's card. A lazy chunk of its own, with the sync code.
 */
export function SyncScreen() {
  const m0 = messages();
  const [ready, setReady] = useState(false);
  const l = lang.value;
  useEffect(() => {
    void loadSyncMessages(l).then(() => setReady(true));
  }, [l]);
  useEffect(() => void showSyncStatus(), []);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const m = ready ? syncMessages() : null;
  const setup = syncSetup.value;
  return (
    <Screen title={m0.settings.sync} back={{ href: '/settings', label: m0.common.back }}>
      {m && (
        // No stylesheet of its own (the CSS budget): a few inline DOM styles, which the CSP allows.
        <div style={{ overflowWrap: 'anywhere' }}>
          <p>{m.intro}</p>
          {recoveryKey && (
            <RecoveryKeyCard m={m} recoveryKey={recoveryKey} onDone={() => setRecoveryKey(null)} />
          )}
          <SyncStatusCard m={m} />
          {setup && <SyncConflicts m={m} />}
          {setup ? (
            <SyncDeviceCard m={m} setup={setup} />
          ) : (
            <SyncSetupForm m={m} onRecoveryKey={setRecoveryKey} />
          )}
        </div>
      )}
    </Screen>
  );
}
