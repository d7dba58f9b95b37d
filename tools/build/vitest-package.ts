import { defineConfig, type TestUserConfig, type ViteUserConfig } from 'vitest/config';

/**
 * The vitest set-up of every workspace package: its tests under `src/` and `test/`, the JSON report that
 * `scripts/run-tests.mjs` sums into the one `N passed, N failed` line, and timeouts sized for a busy 2-core CI machine
 * (a `beforeAll` that loads a vendor spec or starts an emulator can pass 10 s there). A package passes what differs.
 */
export function packageTestConfig(overrides: TestUserConfig = {}): ViteUserConfig {
  return defineConfig({
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      reporters: ['default', ['json', { outputFile: '.vitest/results.json' }]],
      testTimeout: 20_000,
      hookTimeout: 60_000,
      ...overrides,
    },
  });
}
