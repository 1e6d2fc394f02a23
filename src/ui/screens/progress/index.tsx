import { messages } from '../../../i18n/index';
import { EmptyState, Screen } from '../../components/screen';

// Placeholder until its feature lands: navigation and layout are already real.
export function ProgressScreen() {
  const m = messages();
  return (
    <Screen title={m.shell.nav.progress}>
      <EmptyState title={m.shell.nav.progress}>
        <p>{m.shell.comingSoon}</p>
      </EmptyState>
    </Screen>
  );
}
