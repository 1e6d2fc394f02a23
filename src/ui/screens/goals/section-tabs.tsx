import { messages } from '../../../i18n/index';
import { SubTabs } from '../../components/sub-tabs';

/** Goals and Reminders share the Goals tab: reminders mostly serve goals, and a phone bar holds five. */
export function GoalsSectionTabs() {
  const m = messages();
  return (
    <SubTabs
      label={m.goals.tabs.label}
      tabs={[
        { href: '/goals', label: m.goals.title },
        { href: '/reminders', label: m.reminders.title },
      ]}
    />
  );
}
