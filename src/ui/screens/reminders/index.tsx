import { useEffect, useState } from 'preact/hooks';
import { Route, Router, useRoute } from 'preact-iso';
import { loadCatalogState } from '../../../state/catalog';
import { loadCertifications } from '../../../state/certifications';
import { startReminderEngine } from '../../../state/reminder-engine';
import { loadReminders } from '../../../state/reminders';
import { ReminderForm } from './form';
import { ReminderList } from './list';
import './reminders.css';

function EditRoute() {
  const { params } = useRoute();
  return <ReminderForm id={params.id} />;
}

/** /reminders (rules, vacation, calendar), /reminders/new, /reminders/:id/edit. */
export function RemindersScreen() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    startReminderEngine();
    void Promise.all([loadCatalogState(), loadReminders(), loadCertifications()]).finally(() =>
      setReady(true),
    );
  }, []);
  if (!ready) return null;
  return (
    <Router>
      <Route path="/" component={ReminderList} />
      <Route path="/new" component={ReminderForm} />
      <Route path="/:id/edit" component={EditRoute} />
    </Router>
  );
}
