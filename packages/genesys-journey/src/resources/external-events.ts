import { path, validateInput } from '@sessionkit/core';
import type { ApiPromise, RequestOptions } from '@sessionkit/core/surface';
import type { GenesysResponse } from '../genesys-response.ts';
import { ExternalEventsInputSchema } from '../params/external-events.ts';
import { ExternalEventsResponseSchema } from '../schemas/external-events.ts';
import type { ExternalEventsResponse } from '../types/external-events.ts';
import type { ExternalEventInput } from '../types/params.ts';
import type { ResourceContext } from './context.ts';
import { pathId } from './paths.ts';

/**
 * External events (`/api/v2/journey/externalevents/configurations/{configurationId}/events`): events from your own
 * systems (orders, deliveries, CRM changes) added to a customer's journey. Needs the `journey` scope.
 *
 * @example
 * ```ts
 * const { unprocessedEntities } = await gj.externalEvents.send(configurationId, [event]);
 * ```
 */
export class ExternalEventsResource {
  readonly #context: ResourceContext;

  /** @internal Built by `GenesysJourneyClient`. */
  constructor(context: ResourceContext) {
    this.#context = context;
  }

  /**
   * Sends 1 to 10 external events for a configuration and returns those Genesys could not process (with
   * `isRetryable` and their index in `entities`). Not retried once it may have reached Genesys.
   *
   * @throws RequestValidationError (as a rejection, nothing sent) for an invalid id, no events or more than 10, or
   * an invalid event.
   * @throws ConfigurationError when the client has no credentials.
   * @throws An `ApiError` subclass for an error status; ConnectionError, TimeoutError or RequestAbortedError when
   * the call did not complete; ResponseValidationError when the body does not match the spec.
   * @example
   * ```ts
   * const result = await gj.externalEvents.send(configurationId, [
   *   {
   *     id: 'order-1042-shipped',
   *     dateCreated: new Date(),
   *     identifiers: { externalIds: [{ externalSourceId, value: 'crm-42' }] },
   *     attributes: { order: { id: '1042', status: 'shipped' } },
   *   },
   * ]);
   * ```
   */
  send(
    configurationId: string,
    entities: readonly ExternalEventInput[],
    options: RequestOptions = {},
  ): ApiPromise<ExternalEventsResponse, GenesysResponse> {
    return this.#context.transport.call(() => ({
      ...options,
      method: 'POST',
      path: path`/api/v2/journey/externalevents/configurations/${pathId(configurationId, 'Genesys external event configuration id')}/events`,
      json: { entities: validateInput(ExternalEventsInputSchema, entities, 'Genesys external events') },
      schema: ExternalEventsResponseSchema,
    }));
  }
}
