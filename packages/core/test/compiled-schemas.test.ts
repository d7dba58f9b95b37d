import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ResponseValidationError } from '../src/index.ts';
import { makeClient, rejectionOf, useTestServer } from './helpers.ts';

const ctx = useTestServer();

const Session = z.looseObject({
  id: z.string(),
  status: z.enum(['active', 'ended']),
  messages: z.array(z.looseObject({ role: z.string(), text: z.optional(z.string()) })),
});

describe('compileSchema (opt-in faster validation)', () => {
  it('compiles each response schema once and returns what the ordinary parser returns, unknown fields kept', async () => {
    const body = { id: 's1', status: 'active', messages: [{ role: 'user', text: 'hi', extra: 1 }], added: true };
    ctx.server.on('GET', '/session/:id', { json: body });
    const compiledSchemas: unknown[] = [];
    const client = makeClient(ctx.server, {
      compileSchema: (schema) => {
        compiledSchemas.push(schema);
        return z.compile(schema);
      },
    });
    const plain = makeClient(ctx.server);
    for (let call = 0; call < 3; call += 1) {
      expect(await client.request({ method: 'GET', path: '/session/s1', schema: Session })).toEqual(
        await plain.request({ method: 'GET', path: '/session/s1', schema: Session }),
      );
    }
    expect(compiledSchemas).toEqual([Session]);
  });

  it('still refuses a bad response with the field path', async () => {
    ctx.server.on('GET', '/session/:id', { json: { id: 's1', status: 'paused', messages: [{ text: 'no role' }] } });
    const client = makeClient(ctx.server, { compileSchema: (schema) => z.compile(schema) });
    const error = await rejectionOf(client.request({ method: 'GET', path: '/session/s1', schema: Session }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((issue) => issue.path)).toEqual([
      'status',
      'messages[0].role',
    ]);
  });
});
