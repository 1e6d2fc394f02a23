/**
 * Ties each input of a form to its error message: `invalid(key)` gives the input
 * aria-invalid and aria-describedby, `message(key)` the message itself (or null, so
 * `message(key) || hint` shows a hint when all is well).
 */
export function fieldErrors<K extends string>(errors: Partial<Record<K, string>>, prefix: string) {
  const id = (key: K) => `${prefix}-${key}-err`;
  return {
    invalid: (key: K) =>
      errors[key] ? { 'aria-invalid': 'true' as const, 'aria-describedby': id(key) } : {},
    message: (key: K) =>
      errors[key] ? (
        <span id={id(key)} class="error">
          {errors[key]}
        </span>
      ) : null,
  };
}
