import { readFileSync } from 'node:fs';
import { SCHEMA_FILES, schemaFileUrl, startHighlightEmulator } from '@sessionkit/emulators/highlight';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../src/index.ts';
import { SessionSchema } from '../src/schemas.ts';
import { makeClient, SPECS, TOKEN, useEmulator } from './helpers.ts';

const NOW = new Date('2026-08-20T12:00:00.000Z');
const ctx = useEmulator({ seed: 5, now: NOW });

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${ctx.emulator.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', token: TOKEN, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

describe('the Highlight emulator', () => {
  it.each(Object.entries(SCHEMA_FILES))(
    'serves a byte-identical copy of ../shared/specs/highlight/%s',
    (graph, file) => {
      const copy = readFileSync(schemaFileUrl(graph as keyof typeof SCHEMA_FILES));
      expect(copy.equals(readFileSync(new URL(file, SPECS)))).toBe(true);
    },
  );

  it('seeds realistic sessions deterministically', async () => {
    const again = await startHighlightEmulator({ seed: 5, now: NOW });
    try {
      expect(again.seeded).toEqual(ctx.emulator.seeded);
      expect(ctx.emulator.seeded).toHaveLength(5);
      for (const session of ctx.emulator.seeded) {
        expect(session.secure_id).toMatch(/^[A-Za-z0-9]{28}$/);
        expect(Date.parse(session.created_at)).toBeLessThan(NOW.getTime());
        expect(session.fields.some((field) => field.name === 'visited-url')).toBe(true);
      }
      const page = await makeClient(ctx.emulator.url).sessions.search({
        dateRange: { start: new Date(NOW.getTime() - 86_400_000), end: NOW },
      });
      expect(page.items.map((session) => session.secure_id)).toEqual(
        ctx.emulator.seeded.map((session) => session.secure_id).reverse(),
      );
      for (const session of page.items) expect(SessionSchema.safeParse(session).success).toBe(true);
    } finally {
      await again.close();
    }
  });

  it('refuses a document that does not validate against the schema with 422, as gqlgen does', async () => {
    const { status, body } = await post('/private', { query: '{ session(secure_id: "x") { secureId } }' });
    expect(status).toBe(422);
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('secureId'),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
    expect((await post('/public', { query: 'mutation {' })).status).toBe(422);
  });

  it('type-checks variables by executing against the schema (422 before any resolver runs)', async () => {
    const { status, body } = await post('/private', {
      query: DOCUMENTS.GetSessions.query,
      operationName: 'GetSessions',
      variables: {
        project_id: '1',
        count: 'ten',
        sort_desc: true,
        params: { query: '', date_range: { start_date: 'yesterday', end_date: NOW.toISOString() } },
      },
    });
    expect(status).toBe(422);
    const messages = (body.errors as Array<{ message: string }>).map((error) => error.message).join('\n');
    expect(messages).toContain('$count');
    expect(messages).toContain('Timestamp must be an RFC 3339 date-time');
  });

  it('answers resolver errors with 200, errors and partial data', async () => {
    const { status, body } = await post(
      '/private',
      { query: '{ session_intervals(session_secure_id: "x") { duration } isSessionPending(session_secure_id: "x") }' },
      { token: '' },
    );
    expect(status).toBe(200);
    expect(body.errors).toEqual([
      expect.objectContaining({ message: '401 - AuthenticationError', path: ['session_intervals'] }),
    ]);
    expect(body.data).toBeNull();
  });
});
