import { RateLimitError, RequestAbortedError, SessionkitError, TimeoutError } from '@sessionkit/core';
import type { Reply } from '@sessionkit/test-server';
import { afterAll, describe, expect, it } from 'vitest';
import { FigureLog } from '../src/figures.ts';
import type { ClientUnderTest, ProfiledCall } from '../src/profile.ts';
import { PROFILES } from '../src/profiles/index.ts';

const log = new FigureLog('faults');
afterAll(() => log.save());

const OPTIONS = { retry: { initialDelayMs: 1, maxDelayMs: 10 }, maxRetries: 2, timeoutMs: 250, totalTimeoutMs: 5_000 };
const DEADLINE_SLACK_MS = 3_000;
const HTML_502: Reply = {
  status: 502,
  headers: { 'content-type': 'text/html' },
  text: '<html><h1>502 Bad Gateway</h1></html>',
};

/** Faults that a retried idempotent request survives when they happen once (or a few times) and then stop. */
const TRANSIENT: ReadonlyArray<readonly [string, readonly Reply[]]> = [
  ['connection reset before headers', [{ fault: 'reset-before-headers' }]],
  ['connection reset after headers', [{ fault: 'reset-after-headers' }]],
  ['HTML 502 from a proxy', [HTML_502]],
  ['slow headers past the timeout', [{ fault: 'delay', ms: 2_000, then: { status: 200, json: {} } }]],
  [
    'slow body past the timeout',
    [{ fault: 'slow-body', json: { id: 'x', pad: 'y'.repeat(500) }, chunks: 10, chunkDelayMs: 100 }],
  ],
  ['429 with Retry-After', [{ status: 429, headers: { 'retry-after': '0' }, json: { message: 'slow down' } }]],
  ['429 without Retry-After', [{ status: 429, json: { message: 'slow down' } }]],
  ['503 burst that recovers', [{ status: 503 }, { status: 503 }]],
];

/** Faults that never stop, and the typed error each must end in. */
const PERSISTENT: ReadonlyArray<readonly [string, Reply, string]> = [
  ['connection reset on every attempt', { fault: 'reset-before-headers' }, 'ConnectionError'],
  ['HTML 502 on every attempt', HTML_502, 'InternalServerError'],
  ['no answer at all', { fault: 'hang' }, 'TimeoutError'],
  ['429 storm', { status: 429, headers: { 'retry-after': '0' }, json: {} }, 'RateLimitError'],
  [
    'truncated JSON',
    { fault: 'truncated-json', json: { id: 'x', padding: 'z'.repeat(200) } },
    'ResponseValidationError',
  ],
];

async function timed<T>(call: () => Promise<T>): Promise<{ result?: T; error?: unknown; ms: number }> {
  const started = Date.now();
  try {
    return { result: await call(), ms: Date.now() - started };
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
}

function callsTo(subject: ClientUnderTest, call: ProfiledCall): number {
  const segments = call.pattern.split('/').length;
  return subject.emulator.server.calls.filter(
    (recorded) =>
      recorded.method === call.method &&
      recorded.rawPath.split('/').length === segments &&
      (call.matches?.(recorded) ?? true),
  ).length;
}

for (const profile of PROFILES) {
  describe(`${profile.vendor} under faults`, () => {
    for (const [name, replies] of TRANSIENT) {
      it(`an idempotent read survives: ${name}`, async () => {
        const subject = (await profile.start()).withOptions(OPTIONS);
        try {
          subject.emulator.server.inject(subject.read.method, subject.read.pattern, ...replies);
          const outcome = await timed(() => subject.read.run());
          log.add('faults');
          log.add('requests', subject.emulator.server.calls.length);
          expect(outcome.error).toBeUndefined();
          expect(subject.read.isCorrect(outcome.result)).toBe(true);
          expect(callsTo(subject, subject.read)).toBe(replies.length + 1);
          expect(outcome.ms).toBeLessThan(OPTIONS.totalTimeoutMs + DEADLINE_SLACK_MS);
        } finally {
          await subject.close();
        }
      });
    }

    for (const [name, reply, errorName] of PERSISTENT) {
      it(`an idempotent read fails typed, within its deadline: ${name} → ${errorName}`, async () => {
        const subject = (await profile.start()).withOptions(OPTIONS);
        try {
          subject.emulator.server.on(subject.read.method, subject.read.pattern, reply);
          const outcome = await timed(() => subject.read.run());
          log.add('faults');
          log.add('requests', subject.emulator.server.calls.length);
          expect(SessionkitError.isInstance(outcome.error)).toBe(true);
          expect((outcome.error as Error).name).toBe(errorName);
          expect(outcome.ms).toBeLessThan(OPTIONS.totalTimeoutMs + DEADLINE_SLACK_MS);
        } finally {
          await subject.close();
        }
      });
    }

    it('a 429 asking for a wait above the maximum fails at once', async () => {
      const subject = (await profile.start()).withOptions(OPTIONS);
      try {
        subject.emulator.server.on(subject.read.method, subject.read.pattern, {
          status: 429,
          headers: { 'retry-after': '86400' },
          json: {},
        });
        const outcome = await timed(() => subject.read.run());
        log.add('faults');
        expect(outcome.error).toBeInstanceOf(RateLimitError);
        expect(callsTo(subject, subject.read)).toBe(1);
      } finally {
        await subject.close();
      }
    });

    for (const [name, reply, retried] of [
      ['connection reset (may have reached the server)', { fault: 'reset-before-headers' }, false],
      ['503', { status: 503, json: {} }, false],
      ['no answer (timeout)', { fault: 'hang' }, false],
      ['429 (refused before processing)', { status: 429, headers: { 'retry-after': '0' }, json: {} }, true],
    ] as const) {
      it(`a non-idempotent write is ${retried ? '' : 'not '}retried after: ${name}`, async () => {
        const subject = (await profile.start()).withOptions(OPTIONS);
        try {
          subject.emulator.server.inject(subject.write.method, subject.write.pattern, reply as Reply);
          const outcome = await timed(() => subject.write.run());
          log.add('faults');
          log.add('requests', subject.emulator.server.calls.length);
          expect(callsTo(subject, subject.write)).toBe(retried ? 2 : 1);
          if (retried) expect(subject.write.isCorrect(outcome.result)).toBe(true);
          else expect(SessionkitError.isInstance(outcome.error)).toBe(true);
        } finally {
          await subject.close();
        }
      });
    }

    describe.runIf(profile.usesOAuth === true)('OAuth token endpoint', () => {
      it('a token endpoint failing, then recovering, delays the first call but does not fail it', async () => {
        const subject = (await profile.start()).withOptions(OPTIONS);
        const oauth = subject.oauth as NonNullable<ClientUnderTest['oauth']>;
        try {
          subject.emulator.server.inject('POST', oauth.pattern, { fault: 'reset-before-headers' }, { status: 503 });
          const outcome = await timed(() => subject.read.run());
          log.add('faults', 2);
          log.add('requests', subject.emulator.server.calls.length);
          expect(outcome.error).toBeUndefined();
          expect(subject.read.isCorrect(outcome.result)).toBe(true);
          expect(oauth.tokenRequests()).toBe(1);
          expect(subject.emulator.server.calls.filter((call) => call.path === oauth.pattern)).toHaveLength(3);
        } finally {
          await subject.close();
        }
      });

      it('a token endpoint that stays down ends in a typed error within the deadline, the API never called', async () => {
        const subject = (await profile.start()).withOptions(OPTIONS);
        const oauth = subject.oauth as NonNullable<ClientUnderTest['oauth']>;
        try {
          subject.emulator.server.on('POST', oauth.pattern, HTML_502);
          const outcome = await timed(() => subject.read.run());
          log.add('faults');
          log.add('requests', subject.emulator.server.calls.length);
          expect((outcome.error as Error).name).toBe('InternalServerError');
          expect(outcome.ms).toBeLessThan(OPTIONS.totalTimeoutMs + DEADLINE_SLACK_MS);
          expect(callsTo(subject, subject.read)).toBe(0);
        } finally {
          await subject.close();
        }
      });

      it('a token endpoint that never answers: the call leaves at its own deadline or signal, the API never called', async () => {
        // The client's own timeout would hold the token request for 20 s; each call is bounded by its own options.
        const subject = (await profile.start()).withOptions({ ...OPTIONS, timeoutMs: 20_000 });
        const oauth = subject.oauth as NonNullable<ClientUnderTest['oauth']>;
        try {
          subject.emulator.server.on('POST', oauth.pattern, { fault: 'hang' });
          const deadlined = await timed(() => subject.read.run({ totalTimeoutMs: 300 }));
          const controller = new AbortController();
          setTimeout(() => controller.abort(), 100);
          const aborted = await timed(() => subject.read.run({ signal: controller.signal }));
          log.add('faults', 2);
          log.add('requests', subject.emulator.server.calls.length);
          expect(deadlined.error).toBeInstanceOf(TimeoutError);
          expect((deadlined.error as TimeoutError).kind).toBe('deadline');
          expect(deadlined.ms).toBeLessThan(300 + DEADLINE_SLACK_MS);
          expect(aborted.error).toBeInstanceOf(RequestAbortedError);
          expect(aborted.ms).toBeLessThan(100 + DEADLINE_SLACK_MS);
          expect(callsTo(subject, subject.read)).toBe(0);
          expect(subject.emulator.server.calls.filter((call) => call.path === oauth.pattern)).toHaveLength(1);
        } finally {
          await subject.close();
        }
      });

      it('a token expiring in the middle of a paginated walk is renewed once and the walk completes', async () => {
        let pages = 0;
        let unauthorized = 0;
        const base = await profile.start();
        const oauth = base.oauth as NonNullable<ClientUnderTest['oauth']>;
        const subject = base.withOptions({
          ...OPTIONS,
          hooks: {
            onResponse: (entry) => {
              if (entry.status === 401) unauthorized += 1;
              if (entry.status === 200 && !entry.url.includes(oauth.pattern) && ++pages === 2) oauth.expireTokens();
            },
          },
        });
        try {
          const outcome = await timed(() => subject.walk.run());
          log.add('faults');
          log.add('requests', subject.emulator.server.calls.length);
          expect(outcome.error).toBeUndefined();
          expect(subject.walk.isCorrect(outcome.result)).toBe(true);
          expect(pages).toBeGreaterThan(2);
          expect(oauth.tokenRequests()).toBe(2);
          expect(unauthorized).toBe(1);
        } finally {
          await subject.close();
        }
      });
    });

    it('a paginated walk survives a reset and a 503 on its way', async () => {
      const subject = (await profile.start()).withOptions(OPTIONS);
      try {
        const clean = await subject.walk.run();
        const cleanCalls = callsTo(subject, subject.walk);
        subject.emulator.server.calls.length = 0;
        subject.emulator.server.inject(
          subject.walk.method,
          subject.walk.pattern,
          { fault: 'reset-after-headers' },
          { status: 503 },
        );
        const outcome = await timed(() => subject.walk.run());
        log.add('faults', 2);
        log.add('requests', cleanCalls + subject.emulator.server.calls.length);
        expect(outcome.error).toBeUndefined();
        expect(outcome.result).toBe(clean);
        expect(subject.walk.isCorrect(outcome.result)).toBe(true);
        expect(callsTo(subject, subject.walk)).toBe(cleanCalls + 2);
      } finally {
        await subject.close();
      }
    });
  });
}
