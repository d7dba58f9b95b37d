import { packageTestConfig } from '../../tools/build/vitest-package.ts';

export default packageTestConfig({
  include: ['test/**/*.test.ts'],
  globalSetup: ['src/global-setup.ts'],
  testTimeout: 60_000,
});
