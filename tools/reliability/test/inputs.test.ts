import { RequestValidationError, SessionkitError } from '@sessionkit/core';
import type { RecordedRequest } from '@sessionkit/test-server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FigureLog } from '../src/figures.ts';
import type { ClientUnderTest } from '../src/profile.ts';
import { PROFILES } from '../src/profiles/index.ts';

const log = new FigureLog('inputs');
afterAll(() => log.save());

const RUNS = 60;
const FAST = { retry: { initialDelayMs: 1, maxDelayMs: 5 }, maxRetries: 1, timeoutMs: 2_000 };
const NASTY_IDS = [
  'a/b',
  '../admin',
  '..%2Fadmin',
  'x?y=1',
  'frag#1',
  '100%',
  '%2e%2e',
  'ünï cødé',
  '会话',
  'a b',
  'a\\b',
  '🙂',
];

/** Resolves when `run` settles; fails the property if it throws anything but a SessionkitError. */
async function onlySessionkitErrors(run: () => unknown): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    return SessionkitError.isInstance(error);
  }
}

for (const profile of PROFILES) {
  describe(`${profile.vendor}: bad input and hostile responses`, () => {
    let subject: ClientUnderTest;
    beforeAll(async () => {
      subject = (await profile.start()).withOptions(FAST);
    });
    afterAll(() => subject.close());

    it('every public method, given arbitrary arguments, throws nothing but a SessionkitError', async () => {
      for (const [name, method] of Object.entries(subject.methods)) {
        await fc.assert(
          fc.asyncProperty(fc.array(fc.anything(), { maxLength: 3 }), async (args) => {
            log.add('inputs');
            return onlySessionkitErrors(() => method(...args));
          }),
          { numRuns: RUNS, seed: 42 },
        );
        expect(name).toBeTruthy();
      }
      log.add('requests', subject.emulator.server.calls.length);
    });

    it('arbitrary JSON in a response never crashes the parser: a value or a ResponseValidationError', async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue(), async (body) => {
          log.add('inputs');
          subject.emulator.server.inject(subject.read.method, subject.read.pattern, { status: 200, json: body });
          try {
            await subject.read.run();
            return true;
          } catch (error) {
            return (error as Error).name === 'ResponseValidationError';
          }
        }),
        { numRuns: RUNS * 2, seed: 7 },
      );
    });

    it('ids with /, .., ?, #, % and unicode reach the read route as one encoded segment', async () => {
      const route = subject.readIdRoute;
      const depth = route.pattern.split('/').length;
      for (const id of [
        ...NASTY_IDS,
        ...fc.sample(fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }), { numRuns: 40, seed: 3 }),
      ]) {
        if (id === '.' || id === '..') continue;
        log.add('inputs');
        subject.emulator.server.calls.length = 0;
        await onlySessionkitErrors(() => subject.readId(id));
        const call = subject.emulator.server.calls.at(-1);
        expect(call?.method).toBe(route.method);
        expect(call?.rawPath.split('/').length).toBe(depth);
        expect(route.idOf ? route.idOf(call as RecordedRequest) : call?.params[route.param]).toBe(id);
      }
    });

    it('dot-segment and empty ids are refused before any request', async () => {
      for (const id of ['.', '..', '']) {
        subject.emulator.server.calls.length = 0;
        await expect(subject.readId(id)).rejects.toBeInstanceOf(RequestValidationError);
        expect(subject.emulator.server.calls).toHaveLength(0);
      }
    });

    it('CR/LF in a credential is refused with RequestValidationError before any request', async () => {
      for (const secret of ['token\r\nx-injected: 1', 'token\nx', 'token\r']) {
        log.add('inputs');
        subject.emulator.server.calls.length = 0;
        const error = await subject
          .withCredential(secret)
          .read.run()
          .catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(RequestValidationError);
        expect((error as Error).message).not.toContain('x-injected');
        expect(subject.emulator.server.calls).toHaveLength(0);
      }
    });
  });
}
