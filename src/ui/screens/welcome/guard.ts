import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { settings } from '../../../state/settings';
import { OPEN_BEFORE_ONBOARDING } from './paths';

/** Where a user who has not chosen roles yet is sent from `path`, or null to stay. */
export function welcomeRedirect(path: string, onboarded: boolean): string | null {
  return !onboarded && !OPEN_BEFORE_ONBOARDING.includes(path) ? '/welcome' : null;
}

/** Sends a user who has not chosen roles yet to /welcome (Settings stays reachable). */
export function useWelcomeRedirect(): void {
  const { path, route } = useLocation();
  const onboarded = settings.value.onboarded;
  useEffect(() => {
    const to = welcomeRedirect(path, onboarded);
    if (to) route(to, true);
  }, [onboarded, path, route]);
}
