import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { firstPaint } from './scripts/first-paint/plugin.ts';
import { hostConfig } from './scripts/host-config/plugin.ts';
import { lanPreview } from './scripts/lan-preview.ts';
import { sizeReport } from './scripts/size-report.ts';

const THEME = '#0f5e57';

export default defineConfig({
  plugins: [
    preact(),
    firstPaint(),
    hostConfig(),
    VitePWA({
      // Our own worker (src/sw): precache, offline navigation, notifications, periodic sync.
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // 'prompt': a new version waits until the user chooses to reload (src/state/sw-bridge.ts).
      registerType: 'prompt',
      injectRegister: false,
      injectManifest: {
        rollupFormat: 'iife',
        // Every file once: the glob already finds the icons (so no includeAssets, no
        // includeManifestIcons) and the plugin adds the manifest itself. Listing a file twice
        // made the build count 69 entries for 61 files.
        globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
        // Store screenshots are for install sheets, not for the app shell. 404.html (GitHub
        // Pages' fallback, scripts/host-config/) is index.html again.
        globIgnores: ['screenshots/**', '404.html'],
      },
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Self-Training Tracker',
        short_name: 'Training',
        description:
          'Track your skills as a Community Manager, Social Media Manager or Social Media Strategist: rate yourself, set goals, log your learning. Offline, private, in Italian and English.',
        lang: 'en',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: THEME,
        background_color: '#f6f8f7',
        categories: ['education', 'productivity'],
        icons: [
          { src: 'pwa-64x64.png', sizes: '64x64', type: 'image/png' },
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'maskable-icon-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
        screenshots: [
          {
            src: 'screenshots/narrow.png',
            sizes: '390x844',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'Today: goals, due reminders and quick log',
          },
          {
            src: 'screenshots/wide.png',
            sizes: '1280x800',
            type: 'image/png',
            form_factor: 'wide',
            label: 'Roles and readiness',
          },
        ],
        shortcuts: [
          {
            name: 'Log activity',
            short_name: 'Log',
            url: '/log/new',
            icons: [{ src: 'pwa-192x192.png', sizes: '192x192' }],
          },
          {
            name: 'Progress',
            short_name: 'Progress',
            url: '/progress',
            icons: [{ src: 'pwa-192x192.png', sizes: '192x192' }],
          },
        ],
      },
    }),
    sizeReport(),
    lanPreview(),
  ],
  build: {
    target: 'es2022',
    // Keep modulepreload polyfill out: every supported browser has it.
    modulePreload: { polyfill: false },
    // .vite/manifest.json: scripts/budget.mjs reads it to find the entry, language and Today chunks.
    manifest: true,
    rolldownOptions: {
      output: {
        // Seven hash characters, not the default eight (rolldown's minimum for this many files):
        // the entry carries every lazy file's name in its preload lists, and one character a
        // name is ~85 bytes of a first visit.
        entryFileNames: 'assets/[name]-[hash:7].js',
        chunkFileNames: 'assets/[name]-[hash:7].js',
        assetFileNames: 'assets/[name]-[hash:7][extname]',
        // A first visit on a slow phone network downloads everything the first screen needs in
        // one round of requests (see bootHints): a few files, each small enough for one TCP
        // window, rather than a dozen tiny ones queuing on six HTTP/1.1 connections.
        codeSplitting: {
          // A group takes only what its test names, not everything those modules import.
          includeDependenciesRecursively: false,
          groups: [
            {
              name: 'vendor',
              test: /node_modules\/(preact|@preact|preact-iso|idb)\/|preload-helper|rolldown\/runtime/,
            },
            {
              // date-fns's locale helpers, shared by both languages' date formats: loaded with
              // the whole language, which a first visit does not wait for (Welcome shows no date).
              name: 'dates',
              test: /date-fns\/locale\/(_lib|en-US)\/|date-fns\/locale\/en-US\.js|date-fns\/(isSameWeek|startOfWeek|toDate|constructFrom|constants)\.js|date-fns\/_lib\/(normalizeDates|defaultOptions|defaultLocale)\.js/,
            },
            // What the entry shares with the screens (storage, messages, errors, toasts): one file
            // rather than five small ones, each a request and its own gzip overhead on a first visit.
            {
              name: 'core',
              test: /src\/(data\/(db|errors|generation|storage)|domain\/(types|types\/[a-z]+|catalog\/changes)|i18n\/(index|fmt)|state\/(errors|toast|settings|boot-hints)|data\/settings)\.ts/,
            },
            // The reminders' due-check and the records it reads (rules, certifications), shared by
            // Today, Goals, Progress, Reminders and Certifications: one file rather than six in
            // every screen's preload list (each name is bytes the entry carries).
            {
              name: 'reminders-core',
              test: /src\/(data\/(certifications|reminders|reminder-log)|domain\/certifications\/status|domain\/schedule\/(due|occurrences|clock)|reminders\/(check|goal-met|notification-text)|state\/(certifications|reminders|reminder-rules))\.ts/,
            },
            // The parts the form screens share (fields, their errors, the limits' words, the day
            // below a date): one file in each form screen's preload list, one name in the entry's.
            {
              name: 'forms',
              test: /src\/ui\/components\/(form-fields|field-errors|focus-first-error|limit-text|date-echo)\.tsx?$/,
            },
            // Welcome's part of each language (src/i18n/*/first.ts), named for its language.
            { name: 'en-first', test: /src\/i18n\/en\/(first|common|shell|welcome)\.ts/ },
            { name: 'it-first', test: /src\/i18n\/it\/(first|common|shell|welcome)\.ts/ },
            {
              name: 'welcome',
              test: /src\/ui\/screens\/welcome\/(index\.tsx|welcome\.css)|src\/ui\/components\/(screen|choice-group)\.tsx|src\/domain\/catalog\/(role-intros|text|build)\.ts/,
            },
          ],
        },
      },
    },
  },
});
