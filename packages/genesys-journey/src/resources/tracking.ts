import { validateInput } from '@sessionkit/core';
import type { ApiPromise, RequestOptions } from '@sessionkit/core/surface';
import * as z from 'zod/mini';
import type { GenesysResponse } from '../genesys-response.ts';
import { ActionEventInputSchema } from '../params/action-event.ts';
import { AppEventInputSchema } from '../params/app-event.ts';
import { PingParamsSchema } from '../params/ping.ts';
import { WebEventInputSchema } from '../params/web-event.ts';
import { AppEventResponseSchema, DeploymentPingSchema, WebEventResponseSchema } from '../schemas/tracking.ts';
import type { ActionEventInput, AppEventInput, PingParams, WebEventInput } from '../types/params.ts';
import type { AppEventResponse, DeploymentPing, WebEventResponse } from '../types/tracking.ts';
import type { ResourceContext } from './context.ts';
import { deploymentPath, pingPath } from './paths.ts';

/** The 204 of `actionevent` has no body. */
const NoContent = z.pipe(
  z.unknown(),
  z.transform((): undefined => undefined),
);

/**
 * Journey tracking for a deployment (`/api/v2/journey/deployments/{deploymentId}/…`): web events, app events, action
 * state changes and pings. These endpoints are public and keyed by the deployment: no token is ever sent, so they work
 * in a browser with a client built without credentials. Events are not retried once they may have reached Genesys
 * (only on 429 and on connections that never did), so an event is never recorded twice.
 *
 * @example
 * ```ts
 * const gj = new GenesysJourneyClient({ region: 'eu_west_1' }); // no credentials needed for tracking
 * await gj.tracking.webEvent(deploymentId, { customerCookieId, eventName: 'page_viewed', page, createdDate: new Date() });
 * ```
 */
export class TrackingResource {
  readonly #context: ResourceContext;

  /** @internal Built by `GenesysJourneyClient`. */
  constructor(context: ResourceContext) {
    this.#context = context;
  }

  /**
   * Records a web event (`POST …/deployments/{deploymentId}/webevents`).
   *
   * @throws RequestValidationError (as a rejection, nothing sent) for an invalid deployment id or event (a missing
   * required field, an event name with other characters than letters, digits and underscores, an unknown field).
   * @throws UnprocessableEntityError (422) for an event older than the start of the active session; another `ApiError`
   * subclass for another error status.
   * @throws ConnectionError, TimeoutError or RequestAbortedError when the call did not complete;
   * ResponseValidationError when the body does not match the spec.
   * @example
   * ```ts
   * const recorded = await gj.tracking.webEvent(deploymentId, {
   *   customerCookieId,
   *   eventName: 'page_viewed',
   *   page: { url: location.href, title: document.title },
   *   createdDate: new Date(),
   * });
   * console.log(recorded.session.id);
   * ```
   */
  webEvent(
    deploymentId: string,
    event: WebEventInput,
    options: RequestOptions = {},
  ): ApiPromise<WebEventResponse, GenesysResponse> {
    return this.#context.transport.call(() => ({
      ...options,
      method: 'POST',
      path: `${deploymentPath(deploymentId)}/webevents`,
      json: validateInput(WebEventInputSchema, event, 'Genesys web event'),
      auth: false,
      schema: WebEventResponseSchema,
    }));
  }

  /**
   * Records an app event (`POST …/deployments/{deploymentId}/appevents`).
   *
   * @throws RequestValidationError (as a rejection, nothing sent) for an invalid deployment id or event.
   * @throws UnprocessableEntityError (422) for an event older than the start of the active session; another `ApiError`
   * subclass for another error status.
   * @throws ConnectionError, TimeoutError or RequestAbortedError when the call did not complete;
   * ResponseValidationError when the body does not match the spec.
   * @example
   * ```ts
   * const recorded = await gj.tracking.appEvent(deploymentId, {
   *   eventName: 'screen_viewed',
   *   screenName: 'Basket',
   *   app: { name: 'shop', namespace: 'com.example.shop', version: '5.9.27', buildNumber: '701' },
   *   device: { category: 'mobile', type: 'iPhone', osFamily: 'iOS', osVersion: '18.1' },
   *   customerCookieId,
   *   createdDate: new Date(),
   * });
   * ```
   */
  appEvent(
    deploymentId: string,
    event: AppEventInput,
    options: RequestOptions = {},
  ): ApiPromise<AppEventResponse, GenesysResponse> {
    return this.#context.transport.call(() => ({
      ...options,
      method: 'POST',
      path: `${deploymentPath(deploymentId)}/appevents`,
      json: validateInput(AppEventInputSchema, event, 'Genesys app event'),
      auth: false,
      schema: AppEventResponseSchema,
    }));
  }

  /**
   * Reports that an action (as a ping returned it) changed state (`POST …/deployments/{deploymentId}/actionevent`,
   * answered 204): resolves to `undefined`.
   *
   * @throws RequestValidationError (as a rejection, nothing sent) for an invalid deployment id or event (an unknown
   * `actionState`).
   * @throws An `ApiError` subclass for an error status; ConnectionError, TimeoutError or RequestAbortedError when
   * the call did not complete.
   * @example
   * ```ts
   * await gj.tracking.actionEvent(deploymentId, { sessionId: action.sessionId, actionId: action.id, actionState: 'accepted' });
   * ```
   */
  actionEvent(
    deploymentId: string,
    event: ActionEventInput,
    options: RequestOptions = {},
  ): ApiPromise<undefined, GenesysResponse> {
    return this.#context.transport.call(() => ({
      ...options,
      method: 'POST',
      path: `${deploymentPath(deploymentId)}/actionevent`,
      json: validateInput(ActionEventInputSchema, event, 'Genesys action event'),
      auth: false,
      schema: NoContent,
    }));
  }

  /**
   * Pings for a visitor (`GET …/deployments/{deploymentId}/customers/{customerCookieId}/ping`) and returns the actions
   * to offer and the poll interval Genesys wants (`-1`: stop pinging). Without `dl`, Genesys returns no actions.
   *
   * @throws RequestValidationError (as a rejection, nothing sent) for an invalid id or query.
   * @throws An `ApiError` subclass for an error status; ConnectionError, TimeoutError or RequestAbortedError when
   * the call did not complete; ResponseValidationError when the body does not match the spec.
   * @example
   * ```ts
   * const ping = await gj.tracking.ping(deploymentId, customerCookieId, { dl: location.href, dt: document.title });
   * for (const action of ping.actions ?? []) console.log(action.mediaType);
   * ```
   */
  ping(
    deploymentId: string,
    customerCookieId: string,
    params: PingParams = {},
    options: RequestOptions = {},
  ): ApiPromise<DeploymentPing, GenesysResponse> {
    return this.#context.transport.call(() => ({
      ...options,
      method: 'GET',
      path: pingPath(deploymentId, customerCookieId),
      query: validateInput(PingParamsSchema, params ?? {}, 'Genesys ping query'),
      auth: false,
      schema: DeploymentPingSchema,
    }));
  }
}
