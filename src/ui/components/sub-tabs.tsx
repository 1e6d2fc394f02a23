import { useLocation } from 'preact-iso';

export interface SubTab {
  readonly href: string;
  readonly label: string;
}

/**
 * Sibling screens of one navigation tab (Goals | Reminders), as links: each is a real page with
 * its own address and heading, so the current one is marked with aria-current, not a tab role.
 */
export function SubTabs({ label, tabs }: { label: string; tabs: readonly SubTab[] }) {
  const { path } = useLocation();
  return (
    <nav class="sub-tabs" aria-label={label}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.href}>
            <a href={tab.href} aria-current={path === tab.href ? 'page' : undefined}>
              {tab.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
