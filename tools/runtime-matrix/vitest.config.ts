import { packageTestConfig } from '../../tools/build/vitest-package.ts';

export default packageTestConfig({
  include: ['test/**/*.test.ts'],
  // Each run has its own budget (RUN_BUDGET_MS in the test); this only catches a test that hangs past it.
  testTimeout: 30_000,
  // Up to 4 runtimes start side by side: start-up dominates and overlaps well on 2 cores.
  maxConcurrency: 4,
});
