import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: '.vitest/results.json' }]],
    // Each run has its own budget (RUN_BUDGET_MS in the test); this only catches a test that hangs past it.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Up to 4 runtimes start side by side: start-up dominates and overlaps well on 2 cores.
    maxConcurrency: 4,
  },
});
