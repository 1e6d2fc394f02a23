// Error boundaries: odd data that makes a component throw shows a message with a way out in
// that spot, instead of taking down the screen, or the whole app's navigation with it.
import { Component, type ComponentChildren } from 'preact';
import { ErrorBoundary, useLocation } from 'preact-iso';
import { fmt } from '../../i18n/fmt';
import { messages } from '../../i18n/index';

interface CatchProps {
  /** When this changes the boundary tries its children again (a new screen, a new record). */
  readonly resetKey: string;
  readonly fallback: (error: unknown, retry: () => void) => ComponentChildren;
  readonly children: ComponentChildren;
}

/** Catches what its children throw while rendering; promises (lazy screens) pass through. */
export class Catch extends Component<CatchProps, { error: unknown; at: string | null }> {
  override state = { error: null as unknown, at: null as string | null };

  override componentDidCatch(error: unknown) {
    console.error(error); // for whoever debugs it; the user sees the fallback
    this.setState({ error, at: this.props.resetKey });
  }

  override componentDidUpdate(previous: CatchProps) {
    // Left for another screen or record: coming back later tries again.
    if (previous.resetKey !== this.props.resetKey && this.state.at !== null) {
      this.setState({ error: null, at: null });
    }
  }

  override render() {
    const { error, at } = this.state;
    if (at !== null && at === this.props.resetKey) {
      return this.props.fallback(error, () => this.setState({ error: null, at: null }));
    }
    return this.props.children;
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Around the router, in place of preact-iso's ErrorBoundary (kept inside: it waits for lazy
 * screens, but lets any other error take down the whole tree). A screen that throws shows this
 * message with a way out, the shell and its navigation stay, and the next navigation works.
 */
export function ScreenBoundary({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  return (
    <Catch
      resetKey={path}
      fallback={(error, retry) => {
        const m = messages().oops;
        return (
          <div class="screen" data-testid="screen-error">
            <div class="screen__head">
              <h1>{m.screenTitle}</h1>
            </div>
            <section class="card">
              <p>{m.screenBody}</p>
              <p class="muted">{fmt(m.details, { reason: reasonOf(error) })}</p>
              <div class="form-actions">
                <button type="button" class="btn" onClick={retry}>
                  {m.retry}
                </button>
                <a class="btn btn--secondary" href="/">
                  {m.home}
                </a>
              </div>
            </section>
          </div>
        );
      }}
    >
      <ErrorBoundary>{children}</ErrorBoundary>
    </Catch>
  );
}
