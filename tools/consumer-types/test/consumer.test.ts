import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.ts';

// Each fixture is a small program a user would write: a get, one page of a list, one error branch, and a
// misspelt field on every response type it meets, each marked @ts-expect-error — so a typo that compiles (an
// index signature, an `any`) leaves an unused directive and fails the program.
const VENDORS = [
  { vendor: 'vapi', file: 'vapi.ts', hover: 'session = await', named: 'Session' },
  { vendor: 'genesys-journey', file: 'genesys.ts', hover: 'genesysSession = await', named: 'Session' },
  { vendor: 'highlight', file: 'highlight.ts', hover: 'highlightSession = await', named: 'Session' },
] as const;

const files = VENDORS.map(({ file }) => ({
  name: file,
  text: readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8'),
}));
const program = compile(files);

describe.each(VENDORS)('a strict consumer of @sessionkit/$vendor', ({ file, hover, named }) => {
  it('compiles, and every misspelt field is a compile error (strict, exactOptionalPropertyTypes)', () => {
    expect(program.diagnostics(file)).toEqual([]);
  });

  it(`hovers sessions.get()'s result as ${named}, not an expansion`, () => {
    const text = program.hover(file, hover) ?? '';
    expect(text).toBe(`const ${hover.split(' ')[0]}: ${named}`);
  });
});

describe('what a consumer program loads', () => {
  it("loads neither zod's nor ky's types through any client's main entry", () => {
    const foreign = program.loadedFiles.filter((path) => /node_modules\/(\.pnpm\/)?(zod|ky)[@/]/.test(path));
    expect(foreign).toEqual([]);
  });
});
