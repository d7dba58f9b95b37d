import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: '.vitest/results.json' }]],
    testTimeout: 20_000,
    // beforeAll hooks that load a vendor spec or start an emulator can pass 10 s on a busy 2-core CI machine.
    hookTimeout: 60_000,
  },
});
