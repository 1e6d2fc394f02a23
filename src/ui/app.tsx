import { LocationProvider, Route, Router } from 'preact-iso';
import { ScreenBoundary } from './components/boundary';
import { lazyWithLanguage } from './lazy-screen';
import { useWelcomeRedirect } from './screens/welcome/guard';
import { ShellFrame } from './shell/frame';
import { useFocusOnRouteChange, useOpenFromWorker } from './shell/routing';
// preact-iso's lazy(), but a screen whose file fails to load says so (and offers Reload).
import { lazyScreen as lazy } from './shell/screen-unavailable';

// Every screen is its own chunk: the first paint loads only the one it shows.
const Today = lazyWithLanguage(() => import('./screens/today/index').then((m) => m.TodayScreen));
const Roles = lazyWithLanguage(() => import('./screens/roles/index').then((m) => m.RolesScreen));
const Log = lazyWithLanguage(() => import('./screens/log/index').then((m) => m.LogScreen));
const Goals = lazyWithLanguage(() => import('./screens/goals/index').then((m) => m.GoalsScreen));
const Progress = lazyWithLanguage(() =>
  import('./screens/progress/progress-routes').then((m) => m.ProgressRoutes),
);
const Reminders = lazyWithLanguage(() =>
  import('./screens/reminders/index').then((m) => m.RemindersScreen),
);
const SettingsScreen = lazyWithLanguage(() =>
  import('./screens/settings/index').then((m) => m.SettingsScreen),
);
const Restore = lazyWithLanguage(() =>
  import('./screens/restore/index').then((m) => m.RestoreScreen),
);
const Assess = lazyWithLanguage(() => import('./screens/assess/index').then((m) => m.AssessScreen));
// Welcome needs only its own part of the language, which the boot loaded.
const Welcome = lazy(() => import('./screens/welcome/index').then((m) => m.WelcomeScreen));
const NotFound = lazyWithLanguage(() => import('./screens/not-found').then((m) => m.NotFound));

/**
 * Starts fetching the chunk of the screen a path shows, before the router needs it: boot calls
 * it while IndexedDB opens, so the first paint waits for one round trip instead of two.
 */
export function preloadScreen(path: string): Promise<unknown> {
  const first = `/${path.split('/')[1] ?? ''}`;
  const screens: Record<string, { preload: () => Promise<unknown> }> = {
    '/': Today,
    '/welcome': Welcome,
    '/roles': Roles,
    '/log': Log,
    '/goals': Goals,
    '/progress': Progress,
    '/reminders': Reminders,
    '/settings': SettingsScreen,
    '/assess': Assess,
  };
  return screens[first]?.preload().catch(() => {}) ?? Promise.resolve();
}

export function App() {
  return (
    <LocationProvider>
      <Shell />
    </LocationProvider>
  );
}

function Shell() {
  useFocusOnRouteChange();
  useOpenFromWorker();
  useWelcomeRedirect();
  return (
    <ShellFrame>
      <ScreenBoundary>
        <Router>
          <Route path="/" component={Today} />
          <Route path="/roles" component={Roles} />
          <Route path="/roles/*" component={Roles} />
          <Route path="/log" component={Log} />
          <Route path="/log/*" component={Log} />
          <Route path="/goals" component={Goals} />
          <Route path="/goals/*" component={Goals} />
          <Route path="/progress" component={Progress} />
          <Route path="/progress/*" component={Progress} />
          <Route path="/reminders" component={Reminders} />
          <Route path="/reminders/*" component={Reminders} />
          <Route path="/settings" component={SettingsScreen} />
          <Route path="/settings/restore" component={Restore} />
          {/* Its sections (reminders, storage, sync): the screen picks by path. */}
          <Route path="/settings/*" component={SettingsScreen} />
          <Route path="/welcome" component={Welcome} />
          <Route path="/assess" component={Assess} />
          <Route path="/assess/*" component={Assess} />
          <Route default component={NotFound} />
        </Router>
      </ScreenBoundary>
    </ShellFrame>
  );
}
