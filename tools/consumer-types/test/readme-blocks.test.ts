import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile.ts';
import { readmeFiles, tsBlocks } from '../src/readme-blocks.ts';

// Every ```ts block in the READMEs is compiled as a module of its own, against the built packages, the way a reader
// would paste it (strict, exactOptionalPropertyTypes). A block that is only an excerpt is marked ```ts fragment.
const repoRoot = join(new URL('.', import.meta.url).pathname, '../../..');
const blocks = readmeFiles(repoRoot).flatMap((path) => tsBlocks(repoRoot, path));
const names = new Map(blocks.map((block, index) => [block.id, `readme-block-${index}.ts`]));
const program = compile(
  blocks.map((block) => ({ name: names.get(block.id) ?? '', text: `${block.code}\nexport {};\n` })),
);

describe('README ```ts blocks', () => {
  it('finds blocks in the READMEs', () => {
    expect(blocks.length).toBeGreaterThan(10);
  });

  it.each(blocks)('$id (line $line) compiles as a module against the built packages', (block) => {
    expect(program.diagnostics(names.get(block.id) ?? '')).toEqual([]);
  });
});
