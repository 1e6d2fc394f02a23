import { useEffect, useState } from 'preact/hooks';
import { Route, Router, useRoute } from 'preact-iso';
import { loadCatalogState } from '../../../state/catalog';
import { loadCertifications } from '../../../state/certifications';
import { loadReminders } from '../../../state/reminders';
import { CertificationForm } from './form';
import { CertificationList } from './list';

function EditRoute() {
  const { params } = useRoute();
  return <CertificationForm id={params.id} />;
}

/**
 * /progress/certifications (the list), /new and /:id (the form). Under Progress: what a person
 * holds and when it lapses is part of where they stand, next to readiness; Roles is the catalog
 * of what roles ask, not what one person earned.
 */
export function CertificationsScreen() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void Promise.all([loadCatalogState(), loadCertifications(), loadReminders()]).finally(() =>
      setReady(true),
    );
  }, []);
  if (!ready) return null;
  return (
    <Router>
      <Route path="/" component={CertificationList} />
      <Route path="/new" component={CertificationForm} />
      <Route path="/:id" component={EditRoute} />
    </Router>
  );
}
