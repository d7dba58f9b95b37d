import { inspect } from 'node:util';
import type { HttpHooks } from '@sessionkit/core';
import { afterAll, describe, expect, it } from 'vitest';
import { FigureLog } from '../src/figures.ts';
import { PROFILES } from '../src/profiles/index.ts';

const log = new FigureLog('secrets');
afterAll(() => log.save());

function recording(lines: string[]): HttpHooks {
  return {
    onRequest: (entry) => lines.push(JSON.stringify(entry), inspect(entry)),
    onResponse: (entry) => lines.push(JSON.stringify(entry)),
    onRetry: (entry) => lines.push(JSON.stringify({ ...entry, error: entry.error.message }), inspect(entry.error)),
    onError: (error) => lines.push(JSON.stringify(error), inspect(error), String(error.stack)),
  };
}

for (const profile of PROFILES) {
  describe(`${profile.vendor}: secrets never leak`, () => {
    it('not in any error message, JSON, inspect output or logged line, even when the server echoes them', async () => {
      const lines: string[] = [];
      const base = await profile.start();
      const subject = base.withOptions({
        hooks: recording(lines),
        retry: { initialDelayMs: 1, maxDelayMs: 2 },
        maxRetries: 1,
        timeoutMs: 300,
      });
      const errors: unknown[] = [];
      const echo = (status: number) => (request: { headers: Record<string, unknown>; rawPath: string }) => ({
        status,
        headers: {
          'x-request-id': String(request.headers.authorization ?? request.headers.token ?? 'none'),
          'x-echo': JSON.stringify(request.headers),
        },
        json: { message: `denied for ${JSON.stringify(request.headers)}`, statusCode: status, echoed: request.headers },
      });
      try {
        for (const status of [400, 401, 403, 404, 429, 500, 503]) {
          subject.emulator.server.inject(
            subject.read.method,
            subject.read.pattern,
            echo(status),
            echo(status),
            echo(status),
          );
          errors.push(await subject.read.run().catch((error: unknown) => error));
        }
        subject.emulator.server.inject(subject.write.method, subject.write.pattern, { fault: 'reset-before-headers' });
        errors.push(await subject.write.run().catch((error: unknown) => error));
        subject.emulator.server.inject(subject.read.method, subject.read.pattern, { fault: 'hang' }, { fault: 'hang' });
        errors.push(await subject.read.run().catch((error: unknown) => error));
        log.add('requests', subject.emulator.server.calls.length);
      } finally {
        await base.close();
      }
      const surfaces = [
        ...errors.flatMap((error) => [
          String((error as Error)?.message),
          JSON.stringify(error),
          inspect(error, { depth: 20 }),
        ]),
        ...lines,
      ];
      expect(errors.every((error) => error instanceof Error)).toBe(true);
      expect(lines.length).toBeGreaterThan(10);
      for (const secret of profile.secrets) {
        log.add('inputs');
        const leaks = surfaces.filter((surface) => surface.includes(secret));
        expect(leaks).toEqual([]);
      }
    });
  });
}
