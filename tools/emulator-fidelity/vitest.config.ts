import { packageTestConfig } from '../../tools/build/vitest-package.ts';

export default packageTestConfig({
  include: ['test/**/*.test.ts'],
  // Each vendor's coverage table is printed by its file; this prints the three together at the end.
  globalSetup: ['./src/global-setup.ts'],
  testTimeout: 60_000,
});
