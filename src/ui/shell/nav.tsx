import { useLocation } from 'preact-iso';
import { messages } from '../../i18n/index';
import { Icon, type IconName } from '../components/icon';

const ITEMS: readonly {
  path: string;
  key: 'today' | 'roles' | 'log' | 'goals' | 'progress';
  icon: IconName;
}[] = [
  { path: '/', key: 'today', icon: 'today' },
  { path: '/roles', key: 'roles', icon: 'roles' },
  { path: '/log', key: 'log', icon: 'log' },
  { path: '/goals', key: 'goals', icon: 'goals' },
  { path: '/progress', key: 'progress', icon: 'progress' },
];

function isCurrent(path: string, current: string): boolean {
  return path === '/' ? current === '/' : current === path || current.startsWith(`${path}/`);
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
            <a href={item.path} aria-current={isCurrent(item.path, path) ? 'page' : undefined}>
              <Icon name={item.icon} />
              <span>{m[item.key]}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
