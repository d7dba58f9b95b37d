import { packageTestConfig } from '../../tools/build/vitest-package.ts';

export default packageTestConfig({ include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 });
