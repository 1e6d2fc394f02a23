import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  FIRST_LANGUAGES,
  filesByKey,
  filesFor,
  firstScreen,
  LANGUAGES,
  SCREENS,
} from '../../scripts/first-paint/chunk-files';
import { markCalledOnLoad } from '../../scripts/first-paint/compile-hints';
import { forgetStylesheet, inlineStylesheet } from '../../scripts/first-paint/inline-stylesheet';

// What the build writes for the boot script (tests/ui/boot-hints.test.tsx runs the script): the
// files of each first screen, the eager-compilation mark on its code, the inlined stylesheet.

describe('boot hints files', () => {
  const chunk = (fileName: string, modules: string[], imports: string[], extra = {}) =>
    ({
      type: 'chunk',
      fileName,
      modules: Object.fromEntries(modules.map((m) => [`${process.cwd()}/${m}`, {}])),
      imports,
      isEntry: false,
      viteMetadata: { importedCss: new Set<string>(), importedAssets: new Set<string>() },
      ...extra,
    }) as unknown as Rollup.OutputChunk;

  it('lists a screen’s chunk, its imports and CSS, but nothing the entry already loads', () => {
    const bundle = {
      'index.js': chunk('assets/index.js', ['src/main.tsx'], ['assets/vendor.js'], {
        isEntry: true,
      }),
      'vendor.js': chunk('assets/vendor.js', ['node_modules/preact/x.js'], []),
      'welcome.js': chunk(
        'assets/welcome.js',
        ['src/ui/screens/welcome/index.tsx'],
        ['assets/vendor.js', 'assets/roles.js'],
        {
          viteMetadata: {
            importedCss: new Set(['assets/welcome.css']),
            importedAssets: new Set(),
          },
        },
      ),
      'roles.js': chunk('assets/roles.js', ['src/domain/catalog/roles.ts'], []),
    } as unknown as Rollup.OutputBundle;
    expect(filesFor(bundle, ['src/ui/screens/welcome/index.tsx'])).toEqual([
      '/assets/welcome.js',
      '/assets/roles.js',
      '/assets/welcome.css',
    ]);
    expect(() => filesFor(bundle, ['src/nowhere.ts'])).toThrow(/no chunk/);
  });

  it('marks exactly the first screen’s code for eager compilation, once, on its first line', () => {
    const at = (file: string, modules: string[], imports: string[] = [], extra = {}) => ({
      ...chunk(file, modules, imports, extra),
      code: `export const ${file.replace(/\W/g, '_')} = 1;`,
    });
    const bundle = {
      'index.js': at('assets/index.js', ['src/main.tsx'], ['assets/vendor.js'], { isEntry: true }),
      'vendor.js': at('assets/vendor.js', ['node_modules/preact/x.js']),
      'en.js': at('assets/en.js', [
        'src/i18n/en/index.ts',
        'node_modules/date-fns/locale/en-GB.js',
      ]),
      'it.js': at('assets/it.js', ['src/i18n/it/index.ts', 'node_modules/date-fns/locale/it.js']),
      'en-first.js': at('assets/en-first.js', ['src/i18n/en/first.ts']),
      'it-first.js': at('assets/it-first.js', ['src/i18n/it/first.ts']),
      'welcome.js': at('assets/welcome.js', ['src/ui/screens/welcome/index.tsx']),
      'today.js': at('assets/today.js', ['src/ui/screens/today/index.tsx'], ['assets/days.js']),
      'days.js': at('assets/days.js', ['src/domain/days.ts']),
      'charts.js': at('assets/charts.js', ['src/ui/charts/bars.tsx']),
    } as unknown as Rollup.OutputBundle;
    const code = (file: string) => (bundle[file] as Rollup.OutputChunk).code;
    // As the plugin gathers them: the entry and its preloads from index.html, the rest from the
    // bundle.
    const files = firstScreen({
      entry: '/assets/index.js',
      modules: ['/assets/vendor.js'],
      lang: filesByKey(bundle, LANGUAGES),
      firstLang: filesByKey(bundle, FIRST_LANGUAGES),
      screen: filesByKey(bundle, SCREENS),
    });
    const marked = markCalledOnLoad(bundle, files);
    expect(marked.sort()).toEqual(
      ['days', 'en-first', 'en', 'index', 'it-first', 'it', 'today', 'vendor', 'welcome'].map(
        (n) => `assets/${n}.js`,
      ),
    );
    expect(code('welcome.js').split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(code('charts.js')).not.toContain('allFunctionsCalledOnLoad'); // lazy: compiled on use
    expect(markCalledOnLoad(bundle, files)).toEqual([]);
    expect(code('index.js').match(/allFunctionsCalledOnLoad/g)).toHaveLength(1);
  });

  it('inlines the global stylesheet and no chunk fetches its file any more', () => {
    const bundle = {
      'assets/index-a.css': {
        type: 'asset',
        fileName: 'assets/index-a.css',
        source: 'p{margin:0}\n',
      },
      'assets/log.js': {
        ...chunk('assets/log.js', ['src/ui/screens/log/index.tsx'], []),
        code: 'const d=["assets/stats.js","assets/index-a.css","assets/stats.css"];',
      },
    } as unknown as Rollup.OutputBundle;
    const html = '<head><link rel="stylesheet" crossorigin href="/assets/index-a.css"></head>';
    const [inlined, css, file] = inlineStylesheet(html, bundle);
    expect(inlined).toBe('<head><style>p{margin:0}</style></head>');
    expect([css, file]).toEqual(['p{margin:0}', 'assets/index-a.css']);
    expect(bundle[file]).toBeUndefined();
    forgetStylesheet(bundle, file, 'assets/index-b.js');
    expect((bundle['assets/log.js'] as Rollup.OutputChunk).code).toBe(
      'const d=["assets/stats.js","assets/index-b.js","assets/stats.css"];',
    );
    expect(() => inlineStylesheet('<head></head>', bundle)).toThrow(/no global stylesheet/);
  });
});
