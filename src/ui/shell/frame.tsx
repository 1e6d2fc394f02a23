import type { ComponentChildren } from 'preact';
import { messages } from '../../i18n/index';
import { settings } from '../../state/settings';
import { Banners } from './banners';
import { BottomNav } from './nav';
import { ToastRegion } from './toast-region';
import { TopBar } from './top-bar';

/**
 * Everything around the current screen. Also rendered at build time around Welcome
 * (src/ui/prerender.tsx), so what a first visit sees before the app runs is this very markup.
 */
export function ShellFrame({ children }: { children: ComponentChildren }) {
  return (
    <>
      <a class="skip-link" href="#main">
        {messages().shell.skipToContent}
      </a>
      <TopBar />
      <Banners />
      <div class="layout">
        {/* Before onboarding every tab would lead back to Welcome: no tabs to mislead. */}
        {settings.value.onboarded && <BottomNav />}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <ToastRegion />
    </>
  );
}
