import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  ConnectionError,
  createApiError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  SessionkitError,
  TimeoutError,
} from '../src/index.ts';

const init = { vendor: 'Test', method: 'GET', url: 'https://api.test/x', headers: {}, body: { a: 1 } };

describe('error classes', () => {
  it('maps each status family to its subclass', () => {
    const cases: Array<[number, string]> = [
      [400, 'BadRequestError'],
      [401, 'AuthenticationError'],
      [403, 'PermissionDeniedError'],
      [404, 'NotFoundError'],
      [409, 'ConflictError'],
      [422, 'UnprocessableEntityError'],
      [429, 'RateLimitError'],
      [500, 'InternalServerError'],
      [503, 'InternalServerError'],
      [418, 'ApiError'],
    ];
    for (const [status, name] of cases) {
      const error = createApiError({ ...init, status });
      expect(error.name).toBe(name);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toBeInstanceOf(SessionkitError);
      expect(error.status).toBe(status);
    }
  });

  it('keeps instanceof specific: a 404 is not a 401 and not a connection error', () => {
    const error = createApiError({ ...init, status: 404 });
    expect(error instanceof NotFoundError).toBe(true);
    expect(error instanceof AuthenticationError).toBe(false);
    expect(error instanceof ConnectionError).toBe(false);
    expect(NotFoundError.isInstance(error)).toBe(true);
    expect(RateLimitError.isInstance(error)).toBe(false);
  });

  it('recognises errors made by a duplicate copy of the package (brand, not class identity)', () => {
    class ForeignError extends Error {}
    const foreign = new ForeignError('from another copy');
    Object.defineProperty(foreign, Symbol.for('sessionkit.error.brands'), {
      value: ['NotFoundError', 'ApiError', 'SessionkitError'],
    });
    expect(foreign instanceof NotFoundError).toBe(true);
    expect(SessionkitError.isInstance(foreign)).toBe(true);
    expect(InternalServerError.isInstance(foreign)).toBe(false);
    expect(SessionkitError.isInstance(new Error('plain'))).toBe(false);
    expect(SessionkitError.isInstance(null)).toBe(false);
  });

  it('TimeoutError is a ConnectionError', () => {
    const error = new TimeoutError('slow', {
      method: 'GET',
      url: 'u',
      reachedServer: true,
      timeoutMs: 5,
      kind: 'attempt',
    });
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.name).toBe('TimeoutError');
  });

  it('serialises its details with toJSON and shows them in util.inspect', () => {
    const error = createApiError({ ...init, status: 404, code: 'not.found', requestId: 'req-1', message: 'gone' });
    const json = JSON.parse(JSON.stringify(error));
    expect(json).toMatchObject({
      name: 'NotFoundError',
      status: 404,
      code: 'not.found',
      requestId: 'req-1',
      body: { a: 1 },
    });
    expect(json.message).toContain('gone');
    expect(json.message).toContain('req-1');
    const text = inspect(error);
    expect(text).toContain('NotFoundError');
    expect(text).toContain('"not.found"');
  });

  it('shows what a person needs in console.log: class, status, request id, method + URL, the start of the body', () => {
    const body = { message: 'gone', trace: 'x'.repeat(5_000) };
    const error = createApiError({ ...init, status: 404, requestId: 'req-1', message: 'gone', body });
    const text = inspect(error);
    const [first, ...rest] = text.split('\n');
    expect(first).toMatch(/^NotFoundError: .*GET .* failed with status 404: gone \(request id req-1\)$/);
    expect(rest).toContain('  status: 404');
    expect(rest).toContain('  requestId: "req-1"');
    expect(rest).toContain('  method: "GET"');
    expect(text).not.toContain('headers:');
    const bodyLine = rest.find((line) => line.startsWith('  body: ')) ?? '';
    expect(bodyLine).toContain('{"message":"gone"');
    expect(bodyLine.length).toBeLessThan(600);
    expect(bodyLine).toContain('characters)');
    expect(rest.some((line) => /^\s+at /.test(line))).toBe(true);
  });

  it('isRetryable follows the default retry statuses', () => {
    expect(createApiError({ ...init, status: 503 }).isRetryable).toBe(true);
    expect(createApiError({ ...init, status: 429 }).isRetryable).toBe(true);
    expect(createApiError({ ...init, status: 400 }).isRetryable).toBe(false);
  });
});
