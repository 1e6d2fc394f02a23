import { renderToString } from 'preact-render-to-string';
import type { Lang } from '../domain/types';
import { loadLanguage } from '../i18n/index';
import { WelcomeScreen } from './screens/welcome/index';
import { ShellFrame } from './shell/frame';

/**
 * Welcome as a first visit sees it, as HTML, rendered at build time into index.html by
 * scripts/first-paint/ (never part of the app's bundle). The boot script shows the copy
 * in the visitor's language until the app replaces it with the same markup.
 */
export async function prerenderWelcome(lang: Lang): Promise<string> {
  await loadLanguage(lang);
  return renderToString(
    <ShellFrame>
      <WelcomeScreen />
    </ShellFrame>,
  );
}
