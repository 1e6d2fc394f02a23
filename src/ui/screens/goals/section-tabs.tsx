import { messages } from '../../../i18n/index';
import { SubTabs } from '../../components/sub-tabs';

/**
 * Goals, Reminders and To learn share the Goals tab, where a person plans learning: reminders
 * mostly serve goals, a saved resource is a plan too, and a phone bar holds five.
 */
export function GoalsSectionTabs() {
  const m = messages();
  return (
    <SubTabs
      label={m.goals.tabs.label}
      tabs={[
        { href: '/goals', label: m.goals.title },
        { href: '/reminders', label: m.reminders.title },
        { href: '/goals/to-learn', label: m.learn.list.title },
      ]}
    />
  );
}
