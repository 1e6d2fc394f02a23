import { useEffect, useState } from 'preact/hooks';
import { Route, Router, useLocation, useRoute } from 'preact-iso';
import { loadCatalogState } from '../../../state/catalog';
import { lazyScreen as lazy } from '../../shell/screen-unavailable';
import { LogForm } from './form';
import { LogList } from './list';
import './log.css';

// Charts are their own chunk: the list and the form never pay for them.
const Stats = lazy(() => import('./stats').then((m) => m.StatsScreen));

function NewRoute() {
  const { query } = useLocation();
  return <LogForm skill={query.skill} from={query.from} />;
}

function EditRoute() {
  const { params, query } = useRoute();
  return <LogForm id={params.id} from={query.from} />;
}

/** /log (list), /log/new (?skill= prefills, ?from= returns there), /log/:id/edit, /log/stats. */
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
      <Route path="/stats" component={Stats} />
      <Route path="/:id/edit" component={EditRoute} />
    </Router>
  );
}
