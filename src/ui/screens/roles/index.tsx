import { Route, Router } from 'preact-iso';
import { messages } from '../../../i18n/index';
import { Screen } from '../../components/screen';
import { useLoaded } from './helpers';
import { LevelsToReview } from './levels-to-review';
import { RoleDetail } from './role-detail';
import { RoleForm } from './role-form';
import { RoleList } from './role-list';
import { SkillForm } from './skill-form';
import { SkillScreen } from './skill-screen';
import './roles.css';

// /roles and everything under it: the list, a role, a skill, and the forms for custom content.
export function RolesScreen() {
  const ready = useLoaded(true);
  if (!ready) {
    return (
      <Screen title={messages().roles.title}>
        <p class="muted">{messages().common.loading}</p>
      </Screen>
    );
  }
  return (
    <Router>
      <Route path="/" component={RoleList} />
      <Route path="/new" component={RoleForm} />
      <Route path="/review" component={LevelsToReview} />
      <Route path="/skill/:skillId/edit" component={SkillForm} />
      <Route path="/skill/:skillId" component={SkillScreen} />
      <Route path="/:roleId/edit" component={RoleForm} />
      <Route path="/:roleId/add-skill" component={SkillForm} />
      <Route path="/:roleId" component={RoleDetail} />
    </Router>
  );
}
