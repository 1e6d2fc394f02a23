import { useEffect, useState } from 'preact/hooks';
import { Route, Router, useLocation, useRoute } from 'preact-iso';
import { loadCatalogState } from '../../../state/catalog';
import { loadGoals } from '../../../state/goals';
import { ToLearnScreen } from '../learn/to-learn';
import { GoalForm } from './form';
import { GoalList } from './list';
import './goals.css';

function NewRoute() {
  const { query } = useLocation();
  return <GoalForm kind={query.kind} skill={query.skill} />;
}

function EditRoute() {
  const { params } = useRoute();
  return <GoalForm id={params.id} />;
}

/** /goals (list), /goals/new (?kind=level&skill= prefill), /goals/:id/edit, /goals/to-learn. */
export function GoalsScreen() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void Promise.all([loadCatalogState(), loadGoals()]).finally(() => setReady(true));
  }, []);
  if (!ready) return null;
  return (
    <Router>
      <Route path="/" component={GoalList} />
      <Route path="/new" component={NewRoute} />
      <Route path="/to-learn" component={ToLearnScreen} />
      <Route path="/:id/edit" component={EditRoute} />
    </Router>
  );
}
