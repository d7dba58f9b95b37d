/**
 * Contract tests against Highlight's own GraphQL schemas (../shared/specs/highlight/*.graphqls), with graphql-js as
 * the validator: every document the client can send parses and validates against the schema of the graph it
 * targets, and the emulator — which executes requests against the same schema files — accepts every request the
 * client actually sends, variables included.
 */
import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS, type GraphName } from '../src/index.ts';
import { collect, makeClient, SPECS, useEmulator } from './helpers.ts';

const SCHEMA_FILES: Record<GraphName, string> = {
  public: 'public-graph.schema.graphqls',
  private: 'private-graph.schema.graphqls',
};
const schemas: Record<GraphName, GraphQLSchema> = {
  public: buildSchema(readFileSync(new URL(SCHEMA_FILES.public, SPECS), 'utf8')),
  private: buildSchema(readFileSync(new URL(SCHEMA_FILES.private, SPECS), 'utf8')),
};

describe('every document the client can send is valid against the real schema of its graph', () => {
  it.each(Object.values(DOCUMENTS).map((document) => [document.operationName, document] as const))(
    '%s',
    (operationName, document) => {
      const ast = parse(document.query);
      expect(validate(schemas[document.graph], ast)).toEqual([]);
      const operations = ast.definitions.filter((definition) => definition.kind === 'OperationDefinition');
      expect(operations.map((operation) => operation.name?.value)).toEqual([operationName]);
    },
  );

  it('the check bites: a misspelt field, a wrong argument type or the other graph fail validation', () => {
    const { GetSession, InitializeSession } = DOCUMENTS;
    expect(validate(schemas.private, parse(GetSession.query.replace('secure_id\n', 'secureId\n')))).not.toEqual([]);
    expect(
      validate(schemas.public, parse(InitializeSession.query.replace('$fingerprint: String!', '$fingerprint: Int!'))),
    ).not.toEqual([]);
    expect(validate(schemas.public, parse(GetSession.query))).not.toEqual([]);
    // markSessionAsStarred was removed from Highlight in 2023: a document using it must not validate.
    const starred = 'mutation Star($id: String!) { markSessionAsStarred(secure_id: $id, starred: true) { id } }';
    expect(validate(schemas.private, parse(starred))).not.toEqual([]);
  });
});

describe('the emulator executes every document the client sends against the same schemas', () => {
  const ctx = useEmulator({ seed: 8 });

  it('a full tour of the client uses every document, and every request is accepted with its variables', async () => {
    const hl = makeClient(ctx.emulator.url);
    const { secureId } = await hl.sessions.initialize({
      secureId: 'TourTourTourTourTourTourTour',
      sessionKey: 'tab-1',
      environment: 'production',
      appVersion: '2.5.0',
      serviceName: 'storefront',
      clientId: 'device-1',
      fingerprint: 'fp-1',
      clientVersion: '9.20.0',
      firstloadVersion: '9.20.0',
      clientConfig: { privacySetting: 'strict' },
      enableStrictPrivacy: true,
      enableRecordingNetworkContents: true,
      networkRecordingDomains: ['api.example.com'],
      disableSessionRecording: false,
      privacySetting: 'strict',
    });
    await hl.sessions.identify(secureId, {
      identifier: 'ada@example.com',
      properties: { plan: 'pro', seats: 3, trial: false, note: null },
    });
    await hl.sessions.identify(secureId, { identifier: 'ada@example.com' });
    await hl.sessions.addProperties(secureId, { 'visited-url': 'https://shop.example.com/' });
    await hl.sessions.addFeedback(secureId, {
      verbatim: 'Nice',
      userName: 'Ada',
      userEmail: 'ada@example.com',
      timestamp: new Date(),
    });
    await hl.sessions.addFeedback(secureId, { verbatim: 'Still nice', timestamp: '2026-08-20T10:00:00Z' });
    await collect(hl.sessions.search({ query: 'has_errors=true', count: 2, sort: { field: 'active_length' } }));
    await hl.sessions.search({ dateRange: { start: new Date(0), end: new Date() }, sort: { direction: 'asc' } });
    await hl.sessions.get(secureId, { countErrors: true });
    const withErrors = ctx.emulator.seeded.find((session) => session.has_errors)?.secure_id ?? '';
    await hl.sessions.get(withErrors, { countErrors: true });
    await hl.sessions.intervals(withErrors);
    await hl.sessions.errors(withErrors);
    await hl.sessions.markViewed(secureId);
    await hl.sessions.markViewed(secureId, false);
    await hl.sessions.setPublic(secureId, true);

    const calls = ctx.emulator.server.calls.filter((call) => call.path === '/public' || call.path === '/private');
    const sent = calls.map((call) => (call.body as { operationName: string }).operationName);
    expect(new Set(sent)).toEqual(new Set(Object.keys(DOCUMENTS)));
    for (const call of calls) {
      const { operationName, query } = call.body as { operationName: keyof typeof DOCUMENTS; query: string };
      expect(query).toBe(DOCUMENTS[operationName].query);
      expect(call.path).toBe(`/${DOCUMENTS[operationName].graph}`);
    }
  });
});
