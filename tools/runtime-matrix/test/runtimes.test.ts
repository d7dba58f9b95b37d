import { describe, expect, it } from 'vitest';
import { missingMessage, probe, RUNTIMES, type RuntimeSpec } from '../src/runtimes.ts';

const fake = (locate: RuntimeSpec['locate'], version = /^v1\.0\.0$/m): RuntimeSpec => ({
  ...(RUNTIMES[0] as RuntimeSpec),
  label: 'Fake',
  install: 'install fake',
  version,
  locate,
});

describe('runtime probes', () => {
  it('lists Node 22, Node 24, Deno, Bun and workerd, each with what to install', () => {
    expect(RUNTIMES.map((spec) => spec.label)).toEqual(['Node 22', 'Node 24', 'Deno', 'Bun', 'workerd']);
    for (const spec of RUNTIMES) {
      expect(missingMessage(spec, 'why')).toMatch(
        new RegExp(`^${spec.label} is missing or does not start: why\\. To install it, `),
      );
      expect(spec.install).toContain('pnpm install');
    }
  });

  it('reports a missing binary with the reason', async () => {
    expect(await probe(fake(() => ({ missing: 'the npm package fake is not installed' })))).toEqual({
      ok: false,
      reason: 'the npm package fake is not installed',
    });
  });

  it('reports a binary that does not start, exits non-zero or prints another version', async () => {
    const absent = await probe(fake(() => ({ path: '/nonexistent/sessionkit-runtime' })));
    expect(absent).toMatchObject({ ok: false, reason: expect.stringMatching(/does not start: .*ENOENT/) });
    const failing = await probe(fake(() => ({ path: '/bin/false' })));
    expect(failing).toMatchObject({ ok: false, reason: expect.stringMatching(/exited 1/) });
    const other = await probe(fake(() => ({ path: process.execPath })));
    expect(other).toMatchObject({ ok: false, reason: expect.stringMatching(/exited 0 and printed "v\d+/) });
  });
});
