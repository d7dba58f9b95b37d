import { openEnum as coreOpenEnum } from '@sessionkit/core';
import { describe, expect, it } from 'vitest';
import { ResponseValidationError, unknownFields } from '../src/index.ts';
import { FieldSchema, openEnum } from '../src/schemas.ts';
import { graphql, makeClient, rejectionOf, sessionJson, useTestServer } from './helpers.ts';

const ctx = useTestServer();
const ID = 'k3VQ0hT8pLm2Zr7Xw9Yb4Nc6Ds1E';

describe('session responses', () => {
  it('derive the seed fields the private graph has no field for', async () => {
    ctx.server.on('POST', '/private', graphql({ session: sessionJson({ has_errors: false }) }));
    const session = await makeClient(ctx.server.url).sessions.get(ID);
    expect(session).toMatchObject({
      project_id: '1',
      started_at: '2026-08-20T10:00:00.123456789Z',
      last_active_at: '2026-08-20T10:04:30Z',
      url: 'https://shop.example.com/',
      user_agent: 'Chrome/128.0.0.0 (Mac OS X 10.15.7)',
      errors_count: 0,
      messages_count: null,
      events_count: null,
      active_length: 180_000,
    });
  });

  it('accept an unsigned 32-bit fingerprint, keep unknown fields, and name a bad field by its path', async () => {
    ctx.server.on(
      'POST',
      '/private',
      graphql({ session: sessionJson({ fingerprint: 4_000_000_000, new_field: 'kept' }) }),
    );
    const hl = makeClient(ctx.server.url);
    const session = await hl.sessions.get(ID);
    expect(session.fingerprint).toBe(4_000_000_000);
    expect(unknownFields(session)).toEqual({ new_field: 'kept' });

    // Issue 13's drift rule: strict names every bad field; lenient delivers the session and reports them.
    ctx.server.reset();
    ctx.server.on('POST', '/private', graphql({ session: sessionJson({ created_at: 'yesterday', is_public: 'no' }) }));
    const paths = ['data.session.created_at', 'data.session.is_public'];
    const error = await rejectionOf(makeClient(ctx.server.url, { validation: 'strict' }).sessions.get(ID));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues.map((issue) => issue.path)).toEqual(paths);
    const { data, response } = await hl.sessions.get(ID).withResponse();
    expect(data.secure_id).toBe(ID);
    expect(data.is_public).toBe('no');
    expect(response.validationIssues.map((issue) => issue.path)).toEqual(paths);
  });

  it('a session without its secure_id is refused even in lenient mode', async () => {
    ctx.server.on('POST', '/private', graphql({ session: sessionJson({ secure_id: null }) }));
    const error = await rejectionOf(makeClient(ctx.server.url).sessions.get(ID));
    expect((error as ResponseValidationError).issues.map((issue) => issue.path)).toContain('data.session.secure_id');
  });

  it('strict validation refuses unknown fields; off returns the body unchecked', async () => {
    ctx.server.on('POST', '/private', graphql({ session: sessionJson({ new_field: 'kept' }) }));
    const error = await rejectionOf(makeClient(ctx.server.url, { validation: 'strict' }).sessions.get(ID));
    expect((error as ResponseValidationError).issues.map((issue) => issue.path)).toEqual(['data.session.new_field']);
    const unchecked = await makeClient(ctx.server.url).sessions.get(ID, {}, { validation: 'off' });
    expect(unchecked.secure_id).toBe(ID);
  });

  it('the errors of a session drop null entries, and a null list is empty', async () => {
    const errorObject = {
      id: '9',
      created_at: '2026-08-20T10:01:00Z',
      project_id: 1,
      error_group_id: 3,
      error_group_secure_id: 'grp',
      event: ['TypeError: x is undefined'],
      type: 'window.onerror',
      url: 'https://shop.example.com/cart',
      stack_trace: '[]',
      structured_stack_trace: [null],
      timestamp: '2026-08-20T10:01:00Z',
    };
    ctx.server.on('POST', '/private', [graphql({ errors: [errorObject, null] }), graphql({ errors: null })]);
    const hl = makeClient(ctx.server.url);
    expect(await hl.sessions.errors(ID)).toEqual([errorObject]);
    expect(await hl.sessions.errors(ID)).toEqual([]);
  });
});

describe('open enums', () => {
  it("the /schemas entry's openEnum is core's, and Field.type stays open", () => {
    expect(openEnum).toBe(coreOpenEnum);
    expect(openEnum(['a', 'b']).parse('c')).toBe('c');
    expect(FieldSchema.parse({ name: 'n', value: 'v', type: 'new-kind' }).type).toBe('new-kind');
  });
});
