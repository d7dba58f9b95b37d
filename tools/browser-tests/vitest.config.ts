import { packageTestConfig } from '../../tools/build/vitest-package.ts';

export default packageTestConfig({ testTimeout: 60_000 });
