import { useLocation } from 'preact-iso';
import { messages } from '../../i18n/index';
import { Icon, type IconName } from '../components/icon';

// Five tabs, the most a phone bar holds. The Log tab's "+" opens the log form (the list is one
// link away from it); Reminders live under Goals, beside them in a sub-tab, so Goals is the tab
// lit there. `within` lists the sections a tab stands for.
const ITEMS: readonly {
  path: string;
  within: readonly string[];
  key: 'today' | 'roles' | 'log' | 'goals' | 'progress';
  icon: IconName;
}[] = [
  { path: '/', within: [], key: 'today', icon: 'today' },
  { path: '/roles', within: ['/roles'], key: 'roles', icon: 'roles' },
  { path: '/log/new', within: ['/log'], key: 'log', icon: 'log' },
  { path: '/goals', within: ['/goals', '/reminders'], key: 'goals', icon: 'goals' },
  { path: '/progress', within: ['/progress'], key: 'progress', icon: 'progress' },
];

/** 'page' on the tab's own screen, 'true' elsewhere in its section (both are lit). */
function currentState(item: (typeof ITEMS)[number], current: string): 'page' | 'true' | undefined {
  if (current === item.path) return 'page';
  const inside = item.within.some((p) => current === p || current.startsWith(`${p}/`));
  return inside ? 'true' : undefined;
}

/** Bottom bar on phones, side rail on wide screens. Settings lives in the top bar. */
export function BottomNav() {
  const { path } = useLocation();
  const m = messages().shell.nav;
  return (
    <nav class="nav" aria-label={m.label}>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.path}>
            <a href={item.path} aria-current={currentState(item, path)}>
              <Icon name={item.icon} />
              <span>{m[item.key]}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
