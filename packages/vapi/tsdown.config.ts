import { libraryConfig } from '../../tools/build/tsdown-library.ts';

// Three entries: the client with its zod-free types, `./schemas` with the zod schemas, and `./webhooks` (verify and
// type server messages) kept apart so an app that only calls the API does not bundle it.
export default libraryConfig(import.meta.url, ['src/index.ts', 'src/schemas.ts', 'src/webhooks.ts']);
