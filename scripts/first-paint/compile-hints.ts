import type { Rollup } from 'vite';
import { filesFor, LANGUAGES, SCREENS } from './chunk-files.ts';

// V8 compiles a function the first time it is called, on the main thread. On a first visit
// that lands in the one task that adopts the pre-rendered Welcome (src/ui/mount.tsx): about a
// third of it, here. Chrome's explicit compile hint (V8 12.6+) asks it to compile every function
// of a file eagerly, while streaming it in, off the main thread. Other browsers ignore a comment.
// https://v8.dev/blog/explicit-compile-hints
const HINT = '//# allFunctionsCalledOnLoad\n';

/** Adds the hint to the chunks the first screen runs: the entry and what it imports, the
 *  languages, Welcome and Today. */
export function markCalledOnLoad(bundle: Rollup.OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const entry = chunks.filter((c) => c.isEntry);
  const files = new Set([
    ...entry.flatMap((c) => [c.fileName, ...c.imports]),
    ...[...Object.values(LANGUAGES), ...Object.values(SCREENS)].flatMap((sources) =>
      filesFor(bundle, sources).map((f) => f.slice(1)),
    ),
  ]);
  const marked: string[] = [];
  for (const chunk of chunks) {
    if (!files.has(chunk.fileName) || chunk.code.startsWith(HINT)) continue;
    chunk.code = HINT + chunk.code;
    marked.push(chunk.fileName);
  }
  return marked;
}
