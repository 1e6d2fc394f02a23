import { resolve } from 'node:path';
import type { Rollup } from 'vite';

// Which built files a first screen needs beyond the entry: read from the bundle, so the boot
// script can start them in the same round of requests as the entry.

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

const ROOT = resolve(import.meta.dirname, '../..');

/** Source modules whose chunks (and static imports) are worth fetching before the entry runs. */
export const LANGUAGES = {
  en: ['src/i18n/en/index.ts', 'node_modules/date-fns/locale/en-GB.js'],
  it: ['src/i18n/it/index.ts', 'node_modules/date-fns/locale/it.js'],
};
/** What Welcome needs of each language: a first visit loads only this before Welcome works. */
export const FIRST_LANGUAGES = {
  en: ['src/i18n/en/first.ts'],
  it: ['src/i18n/it/first.ts'],
};
export const SCREENS = {
  welcome: ['src/ui/screens/welcome/index.tsx'],
  today: ['src/ui/screens/today/index.tsx'],
};

type Files = Record<string, string[]>;
export interface BootHints {
  /** The entry module, started by the boot script (none in dev: index.html keeps its tag). */
  entry?: string;
  /** The entry's static imports. */
  modules: string[];
  /** The whole language, by language: for every first screen but Welcome. */
  lang: Files;
  /** Welcome's part of the language (FIRST_LANGUAGES): for Welcome. */
  firstLang: Files;
  screen: Files;
}

function chunkOf(bundle: OutputBundle, source: string): OutputChunk | undefined {
  const id = resolve(ROOT, source);
  return Object.values(bundle).find(
    (c): c is OutputChunk => c.type === 'chunk' && Object.keys(c.modules).includes(id),
  );
}

/** The chunks' files, their static imports and their CSS, minus what the entry already loads. */
export function filesFor(bundle: OutputBundle, sources: readonly string[]): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (start: OutputChunk[], into = new Set<string>()) => {
    for (const chunk of start) {
      if (into.has(chunk.fileName)) continue;
      into.add(chunk.fileName);
      closure(
        chunk.imports.map((f) => byFile.get(f)).filter((c): c is OutputChunk => c !== undefined),
        into,
      );
    }
    return into;
  };
  const entry = closure(chunks.filter((c) => c.isEntry));
  const wanted = sources.map((s) => chunkOf(bundle, s));
  if (wanted.some((c) => !c)) throw new Error(`boot hints: no chunk for one of ${sources}`);
  const files = [...closure(wanted as OutputChunk[])].filter((f) => !entry.has(f));
  const css = files.flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]);
  return [...files, ...css].map((f) => `/${f}`);
}

/** filesFor each key of LANGUAGES or SCREENS. */
export function filesByKey(
  bundle: OutputBundle,
  sources: Record<string, readonly string[]>,
): Files {
  return Object.fromEntries(Object.entries(sources).map(([k, s]) => [k, filesFor(bundle, s)]));
}

/** Every file the boot script may start, in either language and for either first screen. */
export function firstScreen(hints: BootHints): string[] {
  const files = [
    ...(hints.entry ? [hints.entry] : []),
    ...hints.modules,
    ...Object.values(hints.lang).flat(),
    ...Object.values(hints.firstLang).flat(),
    ...Object.values(hints.screen).flat(),
  ];
  return [...new Set(files)].map((f) => f.replace(/^\//, ''));
}
