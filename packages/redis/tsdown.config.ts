import { libraryConfig } from '../../tools/build/tsdown-library.ts';

export default libraryConfig(import.meta.url, ['src/index.ts']);
