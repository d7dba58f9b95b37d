/** What the official Genesys SDK's `ApiClient` offers for pointing it at another host. */
interface GatewayClient {
  setGateway(gateway: {
    host: string;
    protocol: string;
    port: number;
    path_params_login: string;
    path_params_api: string;
  }): void;
}

/**
 * Points the official Genesys SDK at a loopback server through its gateway setting ("Setting an intermediate
 * Gateway" in its README), the documented way to send its API calls to another host than a region's.
 */
export function useLoopbackGateway(client: GatewayClient, baseUrl: string): void {
  const url = new URL(baseUrl);
  client.setGateway({
    host: url.hostname,
    protocol: 'http',
    port: Number(url.port),
    path_params_login: '',
    path_params_api: '',
  });
}
