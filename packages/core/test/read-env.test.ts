import { afterEach, describe, expect, it, vi } from 'vitest';
import { readEnv } from '../src/index.ts';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('readEnv', () => {
  it('reads a set variable; unset and blank are undefined', () => {
    vi.stubEnv('SESSIONKIT_TEST_VALUE', 'abc');
    vi.stubEnv('SESSIONKIT_TEST_BLANK', '  ');
    expect(readEnv('SESSIONKIT_TEST_VALUE')).toBe('abc');
    expect(readEnv('SESSIONKIT_TEST_BLANK')).toBeUndefined();
    expect(readEnv('SESSIONKIT_TEST_UNSET')).toBeUndefined();
  });

  it('is undefined where reading the environment throws (Deno without --allow-env) and where there is none', () => {
    const denied = new Proxy(
      {},
      {
        get(_target, name) {
          throw new Error(`NotCapable: Requires env access to "${String(name)}", run again with the --allow-env flag`);
        },
      },
    );
    vi.stubGlobal('process', { ...process, env: denied });
    expect(readEnv('GENESYS_REGION')).toBeUndefined();
    vi.stubGlobal('process', undefined);
    expect(readEnv('GENESYS_REGION')).toBeUndefined();
  });
});
