import { useEffect, useState } from 'preact/hooks';
import { Route, Router, useLocation } from 'preact-iso';
import { messages } from '../../../i18n/index';
import { assessmentRun, loadAssessment, startAssessment } from '../../../state/assessment';
import { loadCatalogState } from '../../../state/catalog';
import { EmptyState, Screen } from '../../components/screen';
import { AssessStep } from './step';

// /assess: the guided self-assessment. /assess/start begins a run (over the followed roles' core
// skills, or with ?role=id over one role's skills) and replaces itself with /assess, so a reload
// resumes rather than restarts.
export function AssessScreen() {
  return (
    <Router>
      <Route path="/start" component={StartRun} />
      <Route default component={CurrentRun} />
    </Router>
  );
}

function StartRun() {
  const { route, query } = useLocation();
  const roleId = query.role ?? null;
  const [nothing, setNothing] = useState(false);
  useEffect(() => {
    void startAssessment(roleId).then((started) => {
      if (started) route('/assess', true);
      else setNothing(true);
    });
  }, [roleId, route]);
  const m = messages().assess;
  return (
    <Screen title={m.title}>
      {nothing ? <p>{m.nothingToAsk}</p> : <p aria-busy="true">{messages().common.loading}</p>}
    </Screen>
  );
}

function CurrentRun() {
  const m = messages().assess;
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void Promise.all([loadCatalogState(), loadAssessment()]).then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  const run = assessmentRun.value;
  if (!ready) {
    return (
      <Screen title={m.title}>
        <p aria-busy="true">{messages().common.loading}</p>
      </Screen>
    );
  }
  if (!run) {
    return (
      <Screen title={m.title}>
        <EmptyState title={m.noneTitle}>
          <p>{m.noneBody}</p>
          <a class="btn" href="/assess/start">
            {m.again}
          </a>
        </EmptyState>
      </Screen>
    );
  }
  return <AssessStep run={run} />;
}
