import { useLocation } from 'preact-iso';
import { messages } from '../../i18n/index';
import { Icon } from '../components/icon';
import { BrandMark } from './brand-mark';

export function TopBar() {
  const { path } = useLocation();
  const m = messages();
  return (
    <header class="top-bar">
      <a class="top-bar__brand" href="/">
        <BrandMark />
        <span>{m.common.appName}</span>
      </a>
      <a
        class="icon-btn"
        href="/settings"
        aria-current={path === '/settings' ? 'page' : undefined}
        aria-label={m.shell.nav.settings}
        title={m.shell.nav.settings}
      >
        <Icon name="settings" />
      </a>
    </header>
  );
}
