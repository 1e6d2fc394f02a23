import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { takeRouteFocus } from '../shell/routing';
import { Icon } from './icon';

/** The frame of every screen: one h1 (focused on navigation), optional actions, content. */
export function Screen({
  title,
  actions,
  back,
  children,
}: {
  title: string;
  actions?: ComponentChildren;
  back?: { href: string; label: string };
  children: ComponentChildren;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The heading takes focus when the user navigated here (see shell/routing.ts): on mount, and
  // when a screen kept mounted shows another record (another role: another title).
  useLayoutEffect(() => takeRouteFocus(heading.current), [title]);
  return (
    <div class="screen">
      <div class="screen__head">
        {back && (
          <a class="icon-btn" href={back.href} title={back.label}>
            <Icon name="back" />
            <span class="visually-hidden">{back.label}</span>
          </a>
        )}
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions && <div class="screen__actions">{actions}</div>}
      </div>
      {children}
    </div>
  );
}

/** What a screen shows before there is anything: says what will appear and how to start. */
export function EmptyState({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <section class="empty">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
