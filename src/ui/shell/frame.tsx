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
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        {/* After the screen in the page (Tab reaches a screen's main action first); drawn as the
            bottom bar or the side rail. Before onboarding every tab would lead back to Welcome. */}
        {settings.value.onboarded && <BottomNav />}
      </div>
      <ToastRegion />
    </>
  );
}
