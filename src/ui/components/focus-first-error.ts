import { useEffect, useRef } from 'preact/hooks';

/**
 * After a refused save, once the errors are on screen, focus the first field to fix (the first
 * input of an invalid group), so a keyboard or screen reader user lands on the problem instead
 * of on a Save button that did nothing. Give `form` to the <form>; call `focusAfter(next)` with
 * the errors just set. (Looking for them at once would find the previous render's.)
 */
export function useFocusFirstError<E extends object>(errors: E) {
  const form = useRef<HTMLFormElement>(null);
  const pending = useRef<E | null>(null);
  useEffect(() => {
    if (pending.current !== errors) return;
    pending.current = null;
    const bad = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (bad?.tagName === 'FIELDSET' ? bad.querySelector('input') : bad)?.focus();
  }, [errors]);
  return {
    form,
    focusAfter: (next: E) => {
      pending.current = next;
    },
  };
}
