import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { settings } from '../../../state/settings';

// A new phone restores its backup before choosing roles: the restore screen stays open too.
const OPEN_BEFORE_ONBOARDING = ['/welcome', '/settings', '/settings/restore'];

/** Sends a user who has not chosen roles yet to /welcome (Settings stays reachable). */
export function useWelcomeRedirect(): void {
  const { path, route } = useLocation();
  const onboarded = settings.value.onboarded;
  useEffect(() => {
    if (!onboarded && !OPEN_BEFORE_ONBOARDING.includes(path)) route('/welcome', true);
  }, [onboarded, path, route]);
}
