import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// One runner, five projects: where each kind of test runs says what it may touch.
// unit, data and ui run first, together, two files at a time (vitest's default on 2 cores is one
// worker); servers and e2e run after them, one file at a time, alone. unit and data share one
// module graph per worker (isolate: false; pure functions, and data's setup gives every test a
// fresh database; they pass in shuffled file orders): re-importing per file cost most of their
// time. ui keeps isolation: its screens' state lives in module signals.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          maxWorkers: 2,
          isolate: false,
        },
      },
      {
        test: {
          name: 'data',
          environment: 'node',
          include: ['tests/data/**/*.test.ts'],
          setupFiles: ['tests/data/setup.ts'],
          maxWorkers: 2,
          isolate: false,
        },
      },
      {
        plugins: [preact()],
        test: {
          name: 'ui',
          environment: 'happy-dom',
          include: ['tests/ui/**/*.test.tsx'],
          setupFiles: ['tests/ui/setup.ts'],
          maxWorkers: 2,
        },
      },
      {
        // Sync's remote side against real WebDAV servers (Apache, nginx) the tests start.
        test: {
          name: 'servers',
          environment: 'node',
          include: ['tests/servers/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One browser at a time: CI has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
