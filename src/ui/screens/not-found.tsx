import { messages } from '../../i18n/index';
import { Screen } from '../components/screen';

export function NotFound() {
  const m = messages().shell.notFound;
  return (
    <Screen title={m.title}>
      <p>{m.body}</p>
      <a class="btn" href="/">
        {m.home}
      </a>
    </Screen>
  );
}
