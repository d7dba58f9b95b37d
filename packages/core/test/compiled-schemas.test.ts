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

  // Strict, since lenient now delivers this drift (issue 13); the compiled parser must still name every field.
  it('still refuses a bad response with the field path', async () => {
    ctx.server.on('GET', '/session/:id', { json: { id: 's1', status: 'paused', messages: [{ text: 'no role' }] } });
    const client = makeClient(ctx.server, { compileSchema: (schema) => z.compile(schema), validation: 'strict' });
    const error = await rejectionOf(client.request({ method: 'GET', path: '/session/s1', schema: Session }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((issue) => issue.path)).toEqual([
      'status',
      'messages[0].role',
    ]);
  });

  it('reports the same drift in lenient mode, compiled or not', async () => {
    ctx.server.on('GET', '/session/:id', { json: { id: 's1', status: 'paused', messages: [{ text: 'no role' }] } });
    const compiled = makeClient(ctx.server, { compileSchema: (schema) => z.compile(schema) });
    const plain = makeClient(ctx.server);
    const request = { method: 'GET', path: '/session/s1', schema: Session } as const;
    const [a, b] = await Promise.all([compiled.call(request).withResponse(), plain.call(request).withResponse()]);
    expect(a.data).toEqual(b.data);
    expect(a.response.validationIssues).toEqual(b.response.validationIssues);
    expect(a.response.validationIssues.map((issue) => issue.path)).toEqual(['status', 'messages[0].role']);
  });
});
