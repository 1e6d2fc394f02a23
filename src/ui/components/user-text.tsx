// User-made names shown next to other text are bidi-isolated (<bdi>): a custom skill named
// with a right-to-left override (U+202E) or in Arabic or Hebrew then reads right to left on its
// own, and never reverses the next name, the separator or the numbers beside it. Rendering
// decides, not saving: the text is kept as typed (nothing lost), and names that arrived before
// this, from an older version, a backup or a skill pack, are isolated too.
import { type ComponentChildren, Fragment } from 'preact';

/** Names joined by `separator`, each one isolated. */
export function Names({
  names,
  separator = ', ',
}: {
  names: readonly string[];
  separator?: string;
}) {
  return (
    <>
      {names.map((name, i) => (
        <Fragment key={i}>
          {i > 0 && separator}
          <bdi>{name}</bdi>
        </Fragment>
      ))}
    </>
  );
}

/** A message template with `{name}` placeholders filled by nodes (isolated names, say). */
export function fmtNodes(
  template: string,
  vars: Readonly<Record<string, ComponentChildren>>,
): ComponentChildren[] {
  return template
    .split(/(\{\w+\})/)
    .map((part) => {
      const key = /^\{(\w+)\}$/.exec(part)?.[1];
      return key !== undefined && Object.hasOwn(vars, key) ? vars[key] : part;
    })
    .filter((part) => part !== '');
}
