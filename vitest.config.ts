import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/*/src/**/*.test.ts'],
    pool: 'forks',
    // Vitest's default (one worker fewer than the cores) is a single worker on a 2-core machine,
    // and much of the suite waits on PostgreSQL, child processes and Chromium: two workers ran the
    // whole suite in 401 s instead of 983 s there (2026-12-04).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // CI machines' speed moves 1.5-2x from minute to minute; tests that start processes or a
    // browser took over 30 s only at load 15 on 2 cores (2026-12-04); a hang still fails.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['test/support/global-setup.ts'],
  },
});
