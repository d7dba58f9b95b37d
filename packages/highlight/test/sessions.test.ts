import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../src/index.ts';
import { SessionSchema } from '../src/schemas.ts';
import { makeClient, rejectionOf, useEmulator, variablesOf } from './helpers.ts';

const ctx = useEmulator({ seed: 6 });
const SECURE_ID = /^[A-Za-z0-9]{28}$/;
const CHROME_ON_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36';

describe('a session from initialize to search', () => {
  it('initialize, identify, addProperties and addFeedback are what get and search return', async () => {
    const hl = makeClient(ctx.emulator.url);
    const started = await hl.sessions.initialize({
      environment: 'staging',
      appVersion: '2.5.0',
      clientId: 'device-42',
      userAgent: CHROME_ON_MAC,
      language: 'fr-FR,fr;q=0.9',
      ip: '198.51.100.23',
    });
    expect(started.secureId).toMatch(SECURE_ID);
    expect(started.projectId).toBe('1');
    await hl.sessions.identify(started.secureId, {
      identifier: 'grace@example.com',
      properties: { name: 'Grace Hopper', plan: 'team', seats: 12 },
    });
    await hl.sessions.addProperties(started.secureId, { 'visited-url': 'https://shop.example.com/cart', cart: 3 });
    await hl.sessions.addFeedback(started.secureId, { verbatim: 'Checkout froze', userName: 'Grace' });

    const session = await hl.sessions.get(started.secureId);
    expect(session).toMatchObject({
      secure_id: started.secureId,
      project_id: '1',
      client_id: 'device-42',
      identifier: 'grace@example.com',
      identified: true,
      email: 'grace@example.com',
      environment: 'staging',
      app_version: '2.5.0',
      language: 'fr-FR,fr;q=0.9',
      ip: '198.51.100.23',
      browser_name: 'Chrome',
      os_name: 'Mac OS X',
      user_agent: 'Chrome/128.0.0.0 (Mac OS X 10.15.7)',
      started_at: session.created_at,
      last_active_at: session.last_user_interaction_time,
      url: 'https://shop.example.com/cart',
      processed: false,
      user_object: { name: 'Grace Hopper', plan: 'team', seats: 12 },
    });
    expect(session.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'plan', value: 'team', type: 'user' }),
        expect.objectContaining({ name: 'cart', value: '3', type: 'session' }),
      ]),
    );
    expect(SessionSchema.safeParse(session).success).toBe(true);

    const page = await hl.sessions.search({ query: 'identifier=grace@example.com' });
    expect(page.items.map((item) => item.secure_id)).toEqual([started.secureId]);
    expect(page.raw.totalCount).toBe(1);
    const byProperty = await hl.sessions.search({ query: 'cart=3 environment=staging' });
    expect(byProperty.items.map((item) => item.secure_id)).toEqual([started.secureId]);
  });

  it('initialize generates a fresh 28-character secure id per session, and keeps one that is given', async () => {
    const hl = makeClient(ctx.emulator.url);
    const ids = await Promise.all(Array.from({ length: 20 }, () => hl.sessions.initialize()));
    for (const { secureId } of ids) expect(secureId).toMatch(SECURE_ID);
    expect(new Set(ids.map(({ secureId }) => secureId)).size).toBe(20);
    const mine = 'MySecureId0000000000000000AB';
    expect((await hl.sessions.initialize({ secureId: mine })).secureId).toBe(mine);
  });

  it('initialize sends the project, the defaults and the browser SDK conventions', async () => {
    const hl = makeClient(ctx.emulator.url);
    const { secureId } = await hl.sessions.initialize({ clientId: 'device-7' });
    const variables = variablesOf(ctx.emulator.server.calls.at(-1));
    expect(variables).toMatchObject({
      session_secure_id: secureId,
      organization_verbose_id: '1',
      environment: 'production',
      client_id: 'device-7',
      fingerprint: 'device-7',
      enable_strict_privacy: false,
      enable_recording_network_contents: false,
      clientConfig: '{}',
    });
    expect(variables.clientVersion).toEqual(expect.stringContaining('@sessionkit/highlight'));
  });

  it('a repeated initialize with the same secure id names the same session', async () => {
    const hl = makeClient(ctx.emulator.url);
    const secureId = 'RepeatRepeatRepeatRepeat1234';
    await hl.sessions.initialize({ secureId, environment: 'production' });
    await hl.sessions.initialize({ secureId, environment: 'production' });
    const page = await hl.sessions.search({ query: `secure_id=${secureId}` });
    expect(page.raw.totalCount).toBe(1);
  });
});

describe('reads and changes on the private graph', () => {
  it('get returns every seed field of a seeded session', async () => {
    const seeded = ctx.emulator.seeded[0];
    const session = await makeClient(ctx.emulator.url).sessions.get(seeded?.secure_id ?? '');
    expect(session).toMatchObject({
      secure_id: seeded?.secure_id,
      project_id: '1',
      city: seeded?.city,
      country: seeded?.country,
      active_length: seeded?.active_length,
      started_at: seeded?.created_at,
      processed: true,
    });
    for (const key of ['fingerprint', 'user_object', 'client_version', 'firstload_version', 'viewed', 'starred']) {
      expect(session).toHaveProperty(key);
    }
    expect(session.url).toMatch(/^https:\/\/shop\.example\.com\//);
  });

  it('intervals and errors of a seeded session', async () => {
    const withErrors = ctx.emulator.seeded.find((session) => session.has_errors);
    const id = withErrors?.secure_id ?? '';
    const hl = makeClient(ctx.emulator.url);
    const intervals = await hl.sessions.intervals(id);
    expect(intervals.length).toBeGreaterThan(0);
    expect(intervals.reduce((sum, interval) => sum + interval.duration, 0)).toBe(withErrors?.length);
    expect(intervals[0]?.active).toBe(true);
    const errors = await hl.sessions.errors(id);
    expect(errors.length).toBe(ctx.emulator.store.errors.get(id)?.length);
    expect(errors[0]).toMatchObject({ error_group_secure_id: expect.any(String), event: [expect.any(String)] });
    const counted = await hl.sessions.get(id, { countErrors: true });
    expect(counted.errors_count).toBe(errors.length);
  });

  it('markViewed and setPublic change the session; a public session is readable without credentials', async () => {
    const id = ctx.emulator.seeded[1]?.secure_id ?? '';
    const hl = makeClient(ctx.emulator.url);
    expect((await hl.sessions.markViewed(id)).viewed).toBe(true);
    expect((await hl.sessions.markViewed(id, false)).viewed).toBe(false);
    expect((await hl.sessions.setPublic(id, true)).is_public).toBe(true);
    const anonymous = makeClient(ctx.emulator.url, { token: undefined });
    expect((await anonymous.sessions.get(id)).secure_id).toBe(id);
    await hl.sessions.setPublic(id, false);
    await expect(anonymous.sessions.get(id)).rejects.toThrow(/AuthenticationError/);
  });

  it('an unknown session is a NotFoundError, for get, markViewed and setPublic', async () => {
    const hl = makeClient(ctx.emulator.url);
    const unknown = 'NoSuchSessionNoSuchSession00';
    for (const call of [
      () => hl.sessions.get(unknown),
      () => hl.sessions.markViewed(unknown),
      () => hl.sessions.setPublic(unknown, true),
    ]) {
      const error = await rejectionOf(call());
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error.message).toContain('NoSuchSessionNoSuchSession00');
    }
  });
});
