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
        class="icon-btn top-bar__settings"
        href="/settings"
        aria-current={path?.startsWith('/settings') ? 'page' : undefined}
      >
        <Icon name="settings" />
        {/* Said in words, not only by the gear (hidden only where the bar has no room). */}
        <span class="top-bar__label">{m.shell.nav.settings}</span>
      </a>
    </header>
  );
}
