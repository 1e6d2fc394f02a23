import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

/**
 * "More ▾": the secondary actions of a card behind one button (a disclosure: a button with
 * aria-expanded and the actions as ordinary buttons and links). Opening focuses the first
 * action; Escape closes and returns focus to the button; so do a tap outside and Tab away
 * (without moving focus). Choosing an action closes it. Give the actions class="btn btn--ghost".
 */
export function MoreMenu({
  label,
  hiddenLabel,
  children,
}: {
  /** Shown on the button ("More"). */
  label: string;
  /** Read after it by screen readers, to tell one card's menu from the next (": Weekly goal"). */
  hiddenLabel?: string;
  children: ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const el = wrap.current;
    el?.querySelector<HTMLElement>(`[id="${id}"] a, [id="${id}"] button`)?.focus();
    // Listened to natively: these are the menu's container events, not a control's.
    const outside = (e: PointerEvent) => {
      if (!el?.contains(e.target as Node)) close(false);
    };
    const key = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      close(true);
    };
    const leave = (e: FocusEvent) => {
      if (!el?.contains(e.relatedTarget as Node | null)) close(false);
    };
    // Any action chosen closes the menu (the action itself runs as usual).
    const chosen = (e: MouseEvent) => {
      if ((e.target as Element).closest(`[id="${id}"] a, [id="${id}"] button`)) close(true);
    };
    document.addEventListener('pointerdown', outside);
    el?.addEventListener('keydown', key);
    el?.addEventListener('focusout', leave);
    el?.addEventListener('click', chosen);
    return () => {
      document.removeEventListener('pointerdown', outside);
      el?.removeEventListener('keydown', key);
      el?.removeEventListener('focusout', leave);
      el?.removeEventListener('click', chosen);
    };
  }, [open]);
  return (
    <div class="more-menu" ref={wrap}>
      <button
        ref={button}
        type="button"
        class="btn btn--secondary"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label}
        {hiddenLabel && <span class="visually-hidden">{hiddenLabel}</span>}
        <span class="more-menu__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={id} class="more-menu__panel card" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
