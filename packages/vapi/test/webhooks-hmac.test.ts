import { createHmac } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { type HmacAuthenticationPlan, isKnownServerMessage, verifyWebhook } from '../src/webhooks.ts';
import { BODY, post, refusal, SESSION, sign, URL_SIGNED } from './webhook-signer.ts';

const SECRET = 'whsec_Sup3r-S3cret-k3y-0f-the-plan';
const NOW = Date.parse('2026-08-20T12:00:00.000Z');
const MESSAGE_ID = 'msg_2Qx7cYt9ZbKp';

type Timestamp = 'seconds' | 'ms' | 'iso' | 'none';
const ALGORITHMS = ['sha256', 'sha512', 'sha1'] as const;
const ENCODINGS = ['hex', 'base64'] as const;
const PREFIXES = ['', 'sha256=', 'v1,'] as const;
const TIMESTAMPS: readonly Timestamp[] = ['seconds', 'ms', 'iso', 'none'];
const FORMATS = [undefined, '{svix-id}.{timestamp}.{body}', '{method}\n{url}\n{timestamp}\n{body}'] as const;

function stamp(kind: Timestamp, at: number): string {
  if (kind === 'seconds') return String(Math.floor(at / 1000));
  if (kind === 'ms') return String(at);
  return new Date(at).toISOString();
}

interface Variant {
  readonly label: string;
  readonly plan: HmacAuthenticationPlan;
  readonly timestamp: Timestamp;
  readonly format: string;
  readonly secretBytes: string | Buffer;
}

const variants: Variant[] = [];
for (const algorithm of ALGORITHMS) {
  for (const encoding of ENCODINGS) {
    for (const prefix of PREFIXES) {
      for (const timestamp of TIMESTAMPS) {
        for (const format of FORMATS) {
          if (timestamp === 'none' && format !== undefined && format.includes('{timestamp}')) continue;
          const plan: HmacAuthenticationPlan = {
            type: 'hmac',
            secretKey: SECRET,
            algorithm,
            signatureEncoding: encoding,
            ...(prefix ? { signaturePrefix: prefix } : {}),
            ...(timestamp === 'none' ? { includeTimestamp: false } : {}),
            ...(format ? { payloadFormat: format } : {}),
            ...(format?.includes('{svix-id}')
              ? { signatureHeader: 'svix-signature', timestampHeader: 'svix-timestamp', messageIdHeader: 'svix-id' }
              : {}),
          };
          const shownFormat = format ?? (timestamp === 'none' ? '{body}' : '{timestamp}.{body}');
          variants.push({
            label: `${algorithm} ${encoding} ${prefix || '-'} ${timestamp} ${shownFormat.replaceAll('\n', '\\n')}`,
            plan,
            timestamp,
            format: shownFormat,
            secretBytes: SECRET,
          });
        }
      }
    }
  }
}
// The spec's secretIsBase64: the key is the decoded bytes.
const RAW_KEY = Buffer.from('c2VjcmV0LWJ5dGVzLfCfmoA=', 'base64');
for (const algorithm of ALGORITHMS) {
  variants.push({
    label: `${algorithm} hex - seconds {timestamp}.{body} secretIsBase64`,
    plan: { type: 'hmac', secretKey: RAW_KEY.toString('base64'), algorithm, secretIsBase64: true },
    timestamp: 'seconds',
    format: '{timestamp}.{body}',
    secretBytes: RAW_KEY,
  });
}

/** What each case sends: the headers and body, signed (or not) by the independent signer. */
function requestFor(variant: Variant, kase: string): Request {
  const { plan } = variant;
  const at = kase === 'stale' ? NOW - 301_000 : kase === 'future' ? NOW + 301_000 : NOW - 2_000;
  const timestamp = variant.timestamp === 'none' ? '' : stamp(variant.timestamp, at);
  const body = kase === 'not-json' ? 'message=session.created' : BODY;
  const values: Record<string, string> = {
    body,
    timestamp,
    method: 'POST',
    url: URL_SIGNED,
    'svix-id': MESSAGE_ID,
  };
  const payload = variant.format.replace(
    /\{(body|timestamp|method|url|svix-id)\}/g,
    (_, name: string) => values[name] ?? '',
  );
  const secret = kase === 'wrong-secret' ? `${SECRET}x` : variant.secretBytes;
  const encoding = plan.signatureEncoding ?? 'hex';
  const signature = `${kase === 'wrong-prefix' ? 'sha1=' : (plan.signaturePrefix ?? '')}${sign(plan.algorithm, secret, payload, encoding)}`;
  const signatureHeader = plan.signatureHeader ?? 'x-signature';
  const timestampHeader = plan.timestampHeader ?? 'x-timestamp';
  const headers: [string, string][] = [['content-type', 'application/json']];
  if (kase !== 'missing-signature') headers.push([signatureHeader, signature]);
  if (kase === 'duplicated-signature') headers.push([signatureHeader, signature]);
  if (timestamp && kase !== 'missing-timestamp') headers.push([timestampHeader, timestamp]);
  if (timestamp && kase === 'duplicated-timestamp') headers.push([timestampHeader, timestamp]);
  if (plan.messageIdHeader && kase !== 'missing-message-id') headers.push([plan.messageIdHeader, MESSAGE_ID]);
  if (plan.messageIdHeader && kase === 'duplicated-message-id') headers.push([plan.messageIdHeader, MESSAGE_ID]);
  const sent = kase === 'tampered-body' ? BODY.replace('"active"', '"completed"') : body;
  return post(headers, sent);
}

const CASES: Record<string, (variant: Variant) => string> = {
  valid: () => 'ok',
  'tampered-body': () => 'bad-signature',
  'wrong-secret': () => 'bad-signature',
  'wrong-prefix': (variant) => (variant.plan.signaturePrefix ? 'bad-signature' : 'skip'),
  stale: (variant) => (variant.timestamp === 'none' ? 'skip' : 'stale-timestamp'),
  future: (variant) => (variant.timestamp === 'none' ? 'skip' : 'future-timestamp'),
  'missing-signature': () => 'missing-signature',
  'missing-timestamp': (variant) => (variant.timestamp === 'none' ? 'skip' : 'missing-timestamp'),
  'duplicated-signature': () => 'bad-signature',
  'duplicated-timestamp': (variant) => (variant.timestamp === 'none' ? 'skip' : 'missing-timestamp'),
  'not-json': () => 'bad-body',
  'missing-message-id': (variant) => (variant.format.includes('{svix-id}') ? 'missing-signature' : 'skip'),
  'duplicated-message-id': (variant) => (variant.format.includes('{svix-id}') ? 'missing-signature' : 'skip'),
};

const matrix: string[][] = [];

describe('verifyWebhook with an HMAC plan, against signatures from node:crypto createHmac', () => {
  it.each(variants.map((variant) => [variant.label, variant] as const))('%s', async (_, variant) => {
    const row = [variant.label];
    for (const [kase, expected] of Object.entries(CASES)) {
      const want = expected(variant);
      if (want === 'skip') {
        row.push('·');
        continue;
      }
      const request = requestFor(variant, kase);
      const secrets = [
        SECRET,
        RAW_KEY.toString('base64'),
        request.headers.get(variant.plan.signatureHeader ?? 'x-signature') ?? '',
      ];
      const options = { plan: variant.plan, now: () => NOW };
      if (want === 'ok') {
        const received = await verifyWebhook(request, options);
        expect(isKnownServerMessage(received)).toBe(true);
        if (isKnownServerMessage(received) && received.message.type === 'session.created') {
          expect(received.message.session).toEqual(SESSION);
        } else expect.unreachable();
        row.push('ok');
      } else {
        const reason = await refusal(verifyWebhook(request, options), secrets);
        expect(reason, `${variant.label} / ${kase}`).toBe(want);
        row.push(reason);
      }
    }
    matrix.push(row);
  });

  it('takes the URL Vapi signed from options.url, not the request (behind a proxy)', async () => {
    const plan: HmacAuthenticationPlan = {
      type: 'hmac',
      secretKey: SECRET,
      algorithm: 'sha256',
      payloadFormat: '{url}|{body}',
      includeTimestamp: false,
    };
    const signature = sign('sha256', SECRET, `${URL_SIGNED}|${BODY}`, 'hex');
    const behindProxy = () => post([['x-signature', signature]], BODY, 'http://10.0.0.4:8080/vapi?tenant=7');
    expect(await refusal(verifyWebhook(behindProxy(), { plan }), [SECRET, signature])).toBe('bad-signature');
    await expect(verifyWebhook(behindProxy(), { plan, url: URL_SIGNED })).resolves.toMatchObject({
      message: { type: 'session.created' },
    });
  });

  it('substitutes placeholders once: a body that contains "{timestamp}" is signed as it is', async () => {
    const body = JSON.stringify({
      message: { type: 'session.created', session: { ...SESSION, name: '{timestamp}{url}' } },
    });
    const ts = String(Math.floor(NOW / 1000));
    const signature = sign('sha256', SECRET, `${ts}.${body}`, 'hex');
    const request = post(
      [
        ['x-signature', signature],
        ['x-timestamp', ts],
      ],
      body,
    );
    await expect(
      verifyWebhook(request, { plan: { type: 'hmac', secretKey: SECRET, algorithm: 'sha256' }, now: () => NOW }),
    ).resolves.toBeDefined();
  });

  it('honours toleranceSeconds', async () => {
    const plan: HmacAuthenticationPlan = { type: 'hmac', secretKey: SECRET, algorithm: 'sha256' };
    const ts = String(Math.floor((NOW - 30_000) / 1000));
    const request = () =>
      post([
        ['x-signature', sign('sha256', SECRET, `${ts}.${BODY}`, 'hex')],
        ['x-timestamp', ts],
      ]);
    await expect(verifyWebhook(request(), { plan, now: () => NOW, toleranceSeconds: 60 })).resolves.toBeDefined();
    expect(await refusal(verifyWebhook(request(), { plan, now: () => NOW, toleranceSeconds: 10 }), [SECRET])).toBe(
      'stale-timestamp',
    );
  });

  it('refuses a body that is not UTF-8, even when signed', async () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0x7d]);
    const signature = createHmac('sha256', SECRET).update(bytes).digest('hex');
    const request = post([['x-signature', signature]], bytes);
    const plan: HmacAuthenticationPlan = {
      type: 'hmac',
      secretKey: SECRET,
      algorithm: 'sha256',
      includeTimestamp: false,
    };
    expect(await refusal(verifyWebhook(request, { plan }), [SECRET, signature])).toBe('bad-body');
  });

  afterAll(() => {
    const sorted = [...matrix].sort(
      (a, b) => variants.findIndex((v) => v.label === a[0]) - variants.findIndex((v) => v.label === b[0]),
    );
    const checks = matrix.reduce((sum, row) => sum + row.slice(1).filter((cell) => cell !== '·').length, 0);
    // The same outcomes, grouped by timestamp form and payloadFormat over algorithm × encoding × prefix (each group
    // shows one row only when every plan of it gave the same outcomes).
    const groups = new Map<string, { count: number; columns: Set<string>[] }>();
    for (const row of sorted) {
      const [label = '', ...cells] = row;
      const key = label.split(' ').slice(3).join(' ');
      const group = groups.get(key) ?? { count: 0, columns: cells.map(() => new Set<string>()) };
      group.count += 1;
      for (const [column, cell] of cells.entries()) group.columns[column]?.add(cell);
      groups.set(key, group);
    }
    // A column's outcome over the group: one value, `·` where it never applies, `value¹` where it applies to some
    // plans only (wrong-prefix: the plans with a prefix); `≠` would mean plans of a group disagree.
    const merged = (values: Set<string>): string => {
      const applied = [...values].filter((value) => value !== '·');
      if (applied.length === 0) return '·';
      if (applied.length > 1) return `≠ ${applied.join('/')}`;
      return values.has('·') ? `${applied[0]}¹` : (applied[0] as string);
    };
    const table = (title: string, rows: readonly string[][]): string[] => {
      const header = [title, ...Object.keys(CASES)];
      const widths = header.map((cell, column) =>
        Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)),
      );
      const line = (cells: readonly string[]) =>
        cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
      return [line(header), ...rows.map(line)];
    };
    const compact = [...groups].map(([key, group]) => [`${key} ×${group.count}`, ...group.columns.map(merged)]);
    console.log(
      [
        `HMAC plan × case matrix: ${matrix.length} plans, ${checks} checks (· = not applicable)`,
        'By timestamp form × payloadFormat, over sha256|sha512|sha1 × hex|base64 × no prefix|sha256=|v1, (×N plans):',
        ...table('timestamp payloadFormat', compact),
        '¹ only the plans with a signaturePrefix',
        '',
        'Every plan:',
        ...table('plan (algorithm encoding prefix timestamp payloadFormat)', sorted),
      ].join('\n'),
    );
    expect(compact.flat().some((cell) => cell.startsWith('≠'))).toBe(false);
  });
});
