import { messages } from '../../../i18n/index';
import { EmptyState, Screen } from '../../components/screen';

// Placeholder until its feature lands: navigation and layout are already real.
export function GoalsScreen() {
  const m = messages();
  return (
    <Screen title={m.shell.nav.goals}>
      <EmptyState title={m.shell.nav.goals}>
        <p>{m.shell.comingSoon}</p>
      </EmptyState>
    </Screen>
  );
}
