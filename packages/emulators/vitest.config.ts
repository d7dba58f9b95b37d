import { packageTestConfig } from '../../tools/build/vitest-package.ts';

export default packageTestConfig();
