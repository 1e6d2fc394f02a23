import { Route, Router } from 'preact-iso';
import { lazyScreen } from '../../shell/screen-unavailable';
import { ProgressScreen } from './index';

// Certifications open from Progress, in a chunk of their own loaded from here: the app's entry
// (the first visit) carries one route for all of /progress, not a loader per sub-screen.
const Certifications = lazyScreen(() =>
  import('../certifications/index').then((m) => m.CertificationsScreen),
);

/** /progress, and /progress/certifications/... (the certifications list and form). */
export function ProgressRoutes() {
  return (
    <Router>
      <Route path="/" component={ProgressScreen} />
      <Route path="/certifications" component={Certifications} />
      <Route path="/certifications/*" component={Certifications} />
    </Router>
  );
}
