import type { Rollup } from 'vite';

// V8 compiles a function the first time it is called, on the main thread. On a first visit
// that lands in the one task that adopts the pre-rendered Welcome (src/ui/mount.tsx): about a
// third of it, here. Chrome's explicit compile hint (V8 12.6+) asks it to compile every function
// of a file eagerly, while streaming it in, off the main thread. Other browsers ignore a comment.
// https://v8.dev/blog/explicit-compile-hints
const HINT = '//# allFunctionsCalledOnLoad\n';

/** Adds the hint to the chunks among `files` (the first screen's, from chunk-files.ts). */
export function markCalledOnLoad(bundle: Rollup.OutputBundle, files: readonly string[]): string[] {
  const wanted = new Set(files);
  const marked: string[] = [];
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || !wanted.has(chunk.fileName) || chunk.code.startsWith(HINT)) {
      continue;
    }
    chunk.code = HINT + chunk.code;
    marked.push(chunk.fileName);
  }
  return marked;
}
