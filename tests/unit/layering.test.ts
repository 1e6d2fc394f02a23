// The architecture rule, checked on the source: ui -> state -> data -> domain, never back, and
// screens reach storage only through state/ (types included, so a screen cannot lean on the
// shape of the database). A new import that breaks it fails here with the file and the line.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Every relative import (static, dynamic, `export ... from`) of a file, as src-relative paths. */
function importsOf(file: string): { line: number; target: string }[] {
  const found: { line: number; target: string }[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.[^'"]+)['"]/g)) {
        const spec = m[1] ?? '';
        found.push({ line: i + 1, target: relative(SRC, resolve(dirname(file), spec)) });
      }
    });
  return found;
}

const LAYERS = ['domain', 'data', 'state', 'ui'] as const;
/** What each layer may not import (a lower layer never reaches up). */
const FORBIDDEN: Record<(typeof LAYERS)[number], readonly string[]> = {
  domain: ['data', 'state', 'ui'],
  data: ['state', 'ui'],
  state: ['ui'],
  ui: ['data'],
};

describe('layering', () => {
  for (const layer of LAYERS) {
    it(`src/${layer} imports nothing from ${FORBIDDEN[layer].join(', ')}`, () => {
      const broken = sourceFiles(join(SRC, layer)).flatMap((file) =>
        importsOf(file)
          .filter(({ target }) => FORBIDDEN[layer].some((bad) => target.split('/')[0] === bad))
          .map(({ line, target }) => `${relative(SRC, file)}:${line} -> ${target}`),
      );
      expect(broken).toEqual([]);
    });
  }

  it('finds the imports it checks (the scanner itself works)', () => {
    const screen = join(SRC, 'ui/screens/restore/index.tsx');
    expect(importsOf(screen).map((i) => i.target)).toContain('state/backup');
  });
});
