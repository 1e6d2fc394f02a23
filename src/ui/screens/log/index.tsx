import { useEffect, useState } from 'preact/hooks';
import { Route, Router, useLocation, useRoute } from 'preact-iso';
import { readLogPrefill } from '../../../domain/log-prefill';
import { loadCatalogState } from '../../../state/catalog';
import { LogForm } from './form';
import { LogList } from './list';
import './log.css';

/** The activity charts moved to Progress (one place for progress over time): old links land there. */
function StatsMoved() {
  const { route } = useLocation();
  useEffect(() => route('/progress', true), []);
  return null;
}

function NewRoute() {
  const { query } = useLocation();
  // Values from the address are checked (a crafted link cannot put anything hostile in the form).
  return <LogForm prefill={readLogPrefill(query)} from={query.from} />;
}

function EditRoute() {
  const { params, query } = useRoute();
  return <LogForm id={params.id} from={query.from} />;
}

/**
 * /log (list), /log/new (?skill=, ?type=, ?title=, ?link= prefill; ?from= returns there),
 * /log/:id/edit.
 */
export function LogScreen() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void loadCatalogState().finally(() => setReady(true));
  }, []);
  if (!ready) return null;
  return (
    <Router>
      <Route path="/" component={LogList} />
      <Route path="/new" component={NewRoute} />
      <Route path="/stats" component={StatsMoved} />
      <Route path="/:id/edit" component={EditRoute} />
    </Router>
  );
}
