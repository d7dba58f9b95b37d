import { describe, expect, it } from 'vitest';
import { unknownFields } from '../src/index.ts';
import { graphql, makeClient, sessionJson, useTestServer } from './helpers.ts';

const ctx = useTestServer();
const ID = 'k3VQ0hT8pLm2Zr7Xw9Yb4Nc6Ds1E';

describe('unknownFields: what Highlight sent that the types leave out', () => {
  it('reads each model one level deep, recognising it from its keys or by name', async () => {
    const fields = [{ id: 1, name: 'plan', value: 'pro', type: 'user', source: 'identify' }];
    const raw = sessionJson({ fields, session_feedback: [{ text: 'hi' }], has_comments: true });
    ctx.server.on('POST', '/private', [
      graphql({ session: raw }),
      graphql({ sessions: { sessions: [raw], totalCount: 1, totalLength: 1, totalActiveLength: 1, took_ms: 4 } }),
    ]);
    const hl = makeClient(ctx.server.url);
    const session = await hl.sessions.get(ID);
    expect(unknownFields(session)).toEqual({ session_feedback: [{ text: 'hi' }], has_comments: true });
    expect(unknownFields(session.fields[0])).toEqual({ source: 'identify' });
    expect(unknownFields(session.fields[0], 'Field')).toEqual({ source: 'identify' });
    expect(unknownFields(session, 'Session')).toEqual(unknownFields(session));

    const page = await hl.sessions.search();
    expect(unknownFields(page.raw)).toEqual({ took_ms: 4 });
    const graphSession = page.raw.sessions[0];
    expect(unknownFields(page.raw.sessions[0], 'GraphSession')).toEqual(unknownFields(graphSession));
    expect(unknownFields(graphSession)).toEqual({
      session_feedback: [{ text: 'hi' }],
      has_comments: true,
    });
    // The seed fields the client derives are declared on Session, not on GraphSession.
    expect(Object.keys(unknownFields(session))).not.toContain('started_at');
    expect(Object.isFrozen(unknownFields(session))).toBe(true);
  });

  it('is empty when nothing new was sent, and for intervals, errors and frames', () => {
    expect(unknownFields({ session_secure_id: ID, start_time: 'a', end_time: 'b', duration: 1, active: true })).toEqual(
      {},
    );
    const frame = JSON.parse('{"fileName":"app.js","lineNumber":1,"extra":1}') as { fileName: string };
    expect(unknownFields(frame, 'ErrorTrace')).toEqual({ extra: 1 });
    expect(unknownFields(null)).toEqual({});
    expect(unknownFields(undefined, 'Session')).toEqual({});
  });
});
