import { PathId, path, validateInput } from '@sessionkit/core';

/** Validates a path id (non-empty string) and names it in the error. */
export function pathId(value: unknown, what: string): string {
  return validateInput(PathId, value, what);
}

export const sessionPath = (sessionId: unknown): string =>
  path`/api/v2/journey/sessions/${pathId(sessionId, 'Genesys session id')}`;

export const contactPath = (contactId: unknown): string =>
  path`/api/v2/externalcontacts/contacts/${pathId(contactId, 'Genesys external contact id')}`;

export const deploymentPath = (deploymentId: unknown): string =>
  path`/api/v2/journey/deployments/${pathId(deploymentId, 'Genesys deployment id')}`;

export const pingPath = (deploymentId: unknown, customerCookieId: unknown): string =>
  deploymentPath(deploymentId) + path`/customers/${pathId(customerCookieId, 'Genesys customer cookie id')}/ping`;
