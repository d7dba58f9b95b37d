import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConfigurationError,
  GENESYS_REGIONS,
  GenesysJourneyClient,
  type GenesysRegion,
  isGenesysRegion,
  normaliseEnvironment,
} from '../src/index.ts';
import { sessionJson, TOKEN_REPLY, useTestServer } from './helpers.ts';

const ctx = useTestServer();

afterEach(() => {
  vi.unstubAllEnvs();
});

/** The 18 regions of the reference (§4.2), as published by the official SDK. */
const REFERENCE: Record<string, string> = {
  us_east_1: 'mypurecloud.com',
  us_east_2: 'use2.us-gov-pure.cloud',
  us_west_2: 'usw2.pure.cloud',
  ca_central_1: 'cac1.pure.cloud',
  sa_east_1: 'sae1.pure.cloud',
  mx_central_1: 'mxc1.pure.cloud',
  eu_west_1: 'mypurecloud.ie',
  eu_west_2: 'euw2.pure.cloud',
  eu_central_1: 'mypurecloud.de',
  eu_central_2: 'euc2.pure.cloud',
  eusc_de_east_1: 'edee1.eusc-pure.cloud',
  me_central_1: 'mec1.pure.cloud',
  ap_south_1: 'aps1.pure.cloud',
  ap_southeast_1: 'apse1.pure.cloud',
  ap_southeast_2: 'mypurecloud.com.au',
  ap_northeast_1: 'mypurecloud.jp',
  ap_northeast_2: 'apne2.pure.cloud',
  ap_northeast_3: 'apne3.pure.cloud',
};

/** A fetch that records the URL asked for, then serves it from the local test server. */
function recordingFetch(requested: string[]) {
  return (input: Request | URL | string, init?: RequestInit) => {
    const request = new Request(input, init);
    requested.push(request.url);
    const url = new URL(request.url);
    return globalThis.fetch(new Request(ctx.server.url + url.pathname + url.search, request));
  };
}

describe('regions', () => {
  it('has the 18 regions of the official SDK with their domains', () => {
    expect(GENESYS_REGIONS).toEqual(REFERENCE);
    expect(Object.keys(GENESYS_REGIONS).every(isGenesysRegion)).toBe(true);
    expect(isGenesysRegion('eu-west-1')).toBe(false);
    expect(isGenesysRegion('toString')).toBe(false);
  });

  it.each(Object.entries(REFERENCE))(
    '%s: API calls go to https://api.%s, the token request to https://login.%s',
    async (region, domain) => {
      ctx.server
        .on('POST', '/oauth/token', TOKEN_REPLY)
        .on('GET', '/api/v2/journey/sessions/:id', { json: sessionJson() });
      const requested: string[] = [];
      const gj = new GenesysJourneyClient({
        region: region as GenesysRegion,
        clientId: 'id',
        clientSecret: 'secret',
        fetch: recordingFetch(requested),
      });
      await gj.sessions.get('s-1');
      expect(requested).toEqual([
        `https://login.${domain}/oauth/token`,
        `https://api.${domain}/api/v2/journey/sessions/s-1`,
      ]);
      expect(gj.endpoints).toEqual({
        domain,
        apiUrl: `https://api.${domain}`,
        tokenUrl: `https://login.${domain}/oauth/token`,
      });
    },
  );
});

describe('environments', () => {
  it.each([
    'mypurecloud.ie',
    'api.mypurecloud.ie',
    'login.mypurecloud.ie',
    'https://api.mypurecloud.ie/',
    'HTTPS://Login.MyPureCloud.ie/oauth/token',
    'mypurecloud.ie.',
    '  mypurecloud.ie  ',
  ])('%j is normalised to mypurecloud.ie', (environment) => {
    expect(normaliseEnvironment(environment)).toBe('mypurecloud.ie');
    expect(new GenesysJourneyClient({ environment, accessToken: 't' }).endpoints.apiUrl).toBe(
      'https://api.mypurecloud.ie',
    );
  });

  it.each(['', 'not a domain', 'localhost', 'https://', 'mypurecloud..ie'])(
    '%j is refused with a ConfigurationError',
    (environment) => {
      expect(() => new GenesysJourneyClient({ environment, accessToken: 't' })).toThrow(ConfigurationError);
    },
  );

  it('refuses an unknown region, listing the valid ones, and region together with environment', () => {
    expect(() => new GenesysJourneyClient({ region: 'eu-west-1' as GenesysRegion, accessToken: 't' })).toThrow(
      /eu_west_1/,
    );
    expect(
      () => new GenesysJourneyClient({ region: 'eu_west_1', environment: 'mypurecloud.ie', accessToken: 't' }),
    ).toThrow(ConfigurationError);
  });

  it('defaults to GENESYS_REGION (a region or a domain), else us_east_1 like the official SDKs', () => {
    vi.stubEnv('GENESYS_REGION', '');
    expect(new GenesysJourneyClient({ accessToken: 't' }).endpoints.domain).toBe('mypurecloud.com');
    vi.stubEnv('GENESYS_REGION', 'ap_northeast_1');
    expect(new GenesysJourneyClient({ accessToken: 't' }).endpoints.domain).toBe('mypurecloud.jp');
    vi.stubEnv('GENESYS_REGION', 'api.mypurecloud.de');
    expect(new GenesysJourneyClient({ accessToken: 't' }).endpoints.domain).toBe('mypurecloud.de');
    vi.stubEnv('GENESYS_REGION', 'nowhere_1');
    expect(() => new GenesysJourneyClient({ accessToken: 't' })).toThrow(/GENESYS_REGION/);
    expect(new GenesysJourneyClient({ accessToken: 't', region: 'eu_west_2' }).endpoints.domain).toBe(
      'euw2.pure.cloud',
    );
  });
});

describe('baseUrl and tokenUrl overrides', () => {
  it('baseUrl alone serves both the API and the token endpoint (gateways, emulators)', () => {
    const gj = new GenesysJourneyClient({ baseUrl: 'https://gateway.example.com/genesys/', accessToken: 't' });
    expect(gj.endpoints.apiUrl).toBe('https://gateway.example.com/genesys');
    expect(gj.endpoints.tokenUrl).toBe('https://gateway.example.com/genesys/oauth/token');
  });

  it('baseUrl with a region keeps the region login; tokenUrl replaces the token endpoint, as the full URL given', () => {
    const withRegion = new GenesysJourneyClient({
      region: 'eu_west_1',
      baseUrl: 'https://proxy.example.com',
      accessToken: 't',
    });
    expect(withRegion.endpoints.tokenUrl).toBe('https://login.mypurecloud.ie/oauth/token');
    const explicit = new GenesysJourneyClient({
      region: 'eu_west_1',
      tokenUrl: 'https://sso-proxy.example.com/genesys/token',
      accessToken: 't',
    });
    expect(explicit.endpoints).toEqual({
      domain: 'mypurecloud.ie',
      apiUrl: 'https://api.mypurecloud.ie',
      tokenUrl: 'https://sso-proxy.example.com/genesys/token',
    });
  });

  it('a separate token URL is used for the token request only, exactly as given', async () => {
    const api = ctx.server;
    api.on('GET', '/api/v2/journey/sessions/:id', { json: sessionJson() });
    const { createTestServer } = await import('@sessionkit/test-server');
    const login = await createTestServer();
    try {
      login.on('POST', '/sso/token', TOKEN_REPLY);
      const gj = new GenesysJourneyClient({
        baseUrl: api.url,
        tokenUrl: `${login.url}/sso/token`,
        clientId: 'id',
        clientSecret: 'secret',
      });
      await gj.sessions.get('s');
      expect(login.calls.map((call) => call.path)).toEqual(['/sso/token']);
      expect(api.calls.map((call) => [call.path, call.headers.authorization])).toEqual([
        ['/api/v2/journey/sessions/s', 'Bearer issued-token-abc123'],
      ]);
    } finally {
      await login.close();
    }
  });

  it.each(['login.mypurecloud.ie/oauth/token', 'ftp://login.example.com/token', '/oauth/token'])(
    'tokenUrl %j (not a full http(s) URL) is a ConfigurationError',
    (tokenUrl) => {
      expect(() => new GenesysJourneyClient({ region: 'eu_west_1', tokenUrl, accessToken: 't' })).toThrow(
        /full URL of the token endpoint/,
      );
    },
  );

  it('the removed authUrl option is refused, naming tokenUrl, instead of being ignored', () => {
    const options = { region: 'eu_west_1', authUrl: 'https://sso-proxy.example.com', accessToken: 't' } as never;
    expect(() => new GenesysJourneyClient(options)).toThrow(ConfigurationError);
    expect(() => new GenesysJourneyClient(options)).toThrow(
      /tokenUrl: 'https:\/\/sso-proxy\.example\.com\/oauth\/token'/,
    );
  });
});
