// `fmt` on its own, without date-fns: the app shell (entry chunk) fills message templates too,
// and importing it from format.ts would pull date-fns' format into the first-load JavaScript.

/** Fills `{name}` placeholders. Values are inserted as text, never as markup. */
export function fmt(
  template: string,
  vars: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in vars ? String(vars[key]) : whole,
  );
}
