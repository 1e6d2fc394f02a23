import { messages } from '../../../i18n/index';
import { EmptyState, Screen } from '../../components/screen';

// Placeholder until its feature lands: navigation and layout are already real.
export function TodayScreen() {
  const m = messages();
  return (
    <Screen title={m.shell.nav.today}>
      <EmptyState title={m.shell.nav.today}>
        <p>{m.shell.comingSoon}</p>
      </EmptyState>
    </Screen>
  );
}
