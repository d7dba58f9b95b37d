import { describe, expect, it } from 'vitest';
import { ConfigurationError, httpUrl, oneKindOfCredentials, readOAuthErrorBody } from '../src/index.ts';

describe('the pieces every client shares', () => {
  it('httpUrl keeps an absolute http(s) URL without trailing slashes and names the option otherwise', () => {
    expect(httpUrl('https://api.vapi.ai/', 'baseUrl')).toBe('https://api.vapi.ai');
    expect(httpUrl('http://127.0.0.1:8082/private//', 'privateGraphUrl')).toBe('http://127.0.0.1:8082/private');
    for (const bad of ['api.vapi.ai', 'ftp://x.test', '', 'https//x']) {
      expect(() => httpUrl(bad, 'tokenUrl')).toThrow(ConfigurationError);
      expect(() => httpUrl(bad, 'tokenUrl')).toThrow(/Invalid tokenUrl/);
    }
  });

  it('oneKindOfCredentials names the kind given, none, or refuses two at once listing them', () => {
    const kinds = (token: boolean, provider: boolean, secret: boolean) =>
      oneKindOfCredentials('Acme', { token, tokenProvider: provider, 'clientId/clientSecret': secret });
    expect(kinds(false, true, false)).toBe('tokenProvider');
    expect(kinds(false, false, false)).toBeUndefined();
    expect(() => kinds(true, false, true)).toThrow(ConfigurationError);
    expect(() => kinds(true, false, true)).toThrow(
      'Give one kind of Acme credentials: token, tokenProvider or clientId/clientSecret (got token and clientId/clientSecret).',
    );
  });

  it('readOAuthErrorBody reads RFC 6749 error bodies and nothing else', () => {
    expect(readOAuthErrorBody({ error: 'invalid_client', error_description: 'Unknown client' })).toEqual({
      code: 'invalid_client',
      message: 'Unknown client',
    });
    expect(readOAuthErrorBody({ error: 'invalid_grant', description: 'expired' })).toEqual({
      code: 'invalid_grant',
      message: 'expired',
    });
    expect(readOAuthErrorBody({ message: 'not oauth' })).toEqual({});
    expect(readOAuthErrorBody('<html>')).toEqual({});
    expect(readOAuthErrorBody([{ error: 'x' }])).toEqual({});
  });
});
