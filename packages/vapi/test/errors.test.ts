import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SessionkitError,
  UnprocessableEntityError,
  vapiErrorMessages,
} from '../src/index.ts';
import { makeClient, rejectionOf, useTestServer } from './helpers.ts';

const ctx = useTestServer();
const ID = '3f0c6a54-5a1b-4d8e-9a53-4bd1d2c1f0aa';

function nest(status: number, message: string | string[], error: string) {
  return { status, json: { message, error, statusCode: status } };
}

describe("Vapi's NestJS error body", () => {
  it('maps a list of messages: joined in the error message, kept as a list', async () => {
    const messages = ['name must be shorter than or equal to 40 characters', 'property customer should not exist'];
    ctx.server.on('POST', '/session', nest(400, messages, 'Bad Request'));
    const error = await rejectionOf(makeClient(ctx.server.url).sessions.create());
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toBe(`Vapi POST ${ctx.server.url}/session failed with status 400: ${messages.join('; ')}`);
    expect(vapiErrorMessages(error)).toEqual(messages);
    expect((error as BadRequestError).body).toEqual({ message: messages, error: 'Bad Request', statusCode: 400 });
  });

  it('maps a single business message', async () => {
    ctx.server.on(
      'POST',
      '/session',
      nest(400, "Couldn't Get Customer. Need Either `customerId` Or `customer`.", 'Bad Request'),
    );
    const error = await rejectionOf(makeClient(ctx.server.url).sessions.create());
    expect(error.message).toContain("Couldn't Get Customer.");
    expect(vapiErrorMessages(error)).toEqual(["Couldn't Get Customer. Need Either `customerId` Or `customer`."]);
  });

  it.each([
    [401, AuthenticationError, 'Unauthorized'],
    [403, PermissionDeniedError, 'Forbidden'],
    [404, NotFoundError, 'Not Found'],
    [409, ConflictError, 'Conflict'],
    [422, UnprocessableEntityError, 'Unprocessable Entity'],
    [500, InternalServerError, 'Internal Server Error'],
  ] as const)('maps %i to %s', async (status, ErrorClass, reason) => {
    ctx.server.on('GET', '/session/:id', nest(status, `${reason}!`, reason));
    const error = await rejectionOf(makeClient(ctx.server.url, { maxRetries: 0 }).sessions.get(ID));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(status);
    expect((error as ApiError).vendor).toBe('Vapi');
    expect(error.message).toContain(`${reason}!`);
  });

  it('falls back to the reason when there is no message', async () => {
    ctx.server.on('GET', '/session/:id', { status: 403, json: { error: 'Forbidden', statusCode: 403 } });
    const error = await rejectionOf(makeClient(ctx.server.url).sessions.get(ID));
    expect(error.message).toMatch(/status 403: Forbidden$/);
    expect(vapiErrorMessages(error)).toEqual([]);
  });

  it('maps 429 to RateLimitError with the wait Vapi asked for', async () => {
    ctx.server.on('GET', '/session/:id', {
      ...nest(429, 'Rate limit exceeded', 'Too Many Requests'),
      headers: { 'retry-after': '7' },
    });
    const error = await rejectionOf(makeClient(ctx.server.url, { maxRetries: 0 }).sessions.get(ID));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(7_000);
    expect(error.message).toContain('Rate limit exceeded');
  });

  it('handles a non-JSON error body (an HTML page from a proxy)', async () => {
    const html = '<html><body><h1>502 Bad Gateway</h1>cloudflare</body></html>';
    ctx.server.on('GET', '/session/:id', { status: 502, headers: { 'content-type': 'text/html' }, text: html });
    const error = await rejectionOf(makeClient(ctx.server.url, { maxRetries: 0 }).sessions.get(ID));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toContain('non-JSON error body (text/html)');
    expect((error as ApiError).body).toBe(html);
    expect(vapiErrorMessages(error)).toEqual([]);
  });

  it('carries the request id from x-request-id or cf-ray', async () => {
    ctx.server.on('GET', '/session/:id', {
      ...nest(404, 'Session not found', 'Not Found'),
      headers: { 'cf-ray': '8a1b2c3d4e5f-SJC' },
    });
    const error = await rejectionOf(makeClient(ctx.server.url).sessions.get(ID));
    expect((error as ApiError).requestId).toBe('8a1b2c3d4e5f-SJC');
    expect(error.message).toContain('(request id 8a1b2c3d4e5f-SJC)');
  });

  it('vapiErrorMessages is empty for anything that is not an ApiError', () => {
    expect(vapiErrorMessages(new Error('x'))).toEqual([]);
    expect(vapiErrorMessages(new SessionkitError('x'))).toEqual([]);
    expect(vapiErrorMessages(undefined)).toEqual([]);
  });
});
