import { libraryConfig } from '../../tools/build/tsdown-library.ts';

// Two entries: the client with its zod-free types, and `./schemas` with the zod schemas.
export default libraryConfig(import.meta.url, ['src/index.ts', 'src/schemas.ts']);
