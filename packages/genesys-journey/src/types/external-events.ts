/**
 * One identifier of the contact an external event is for (spec `ExternalEventExternalId`).
 *
 * @example
 * ```ts
 * const id: ExternalEventExternalId = { externalSourceId: 'crm', value: 'crm-42' };
 * ```
 */
export interface ExternalEventExternalId {
  /** The value of the identifier. */
  value: string;
  /** The id of the external source. */
  externalSourceId: string;
}

/**
 * The identifiers of the contact an external event is for (spec `ExternalEventIdentifiers`).
 *
 * @example
 * ```ts
 * const identifiers: ExternalEventIdentifiers = { externalIds: [{ externalSourceId: 'crm', value: 'crm-42' }] };
 * ```
 */
export interface ExternalEventIdentifiers {
  /** The list of identifiers of the contact. */
  externalIds: ExternalEventExternalId[];
}

/**
 * An external event as Genesys echoes it back (spec `ExternalEvent`).
 *
 * @example
 * ```ts
 * const { unprocessedEntities } = await gj.externalEvents.send(configurationId, events);
 * const failed: ExternalEvent[] = unprocessedEntities.map((failure) => failure.event);
 * ```
 */
export interface ExternalEvent {
  /** The ID of the event. */
  id: string;
  /**
   * Timestamp indicating when the event actually took place. Date time is represented as an ISO-8601 string. For
   * example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  dateCreated: string;
  /** The identifiers of the contact the event is for. */
  identifiers: ExternalEventIdentifiers;
  /** The event attributes: objects by name, as the event schema of the configuration defines them. */
  attributes: Record<string, Record<string, unknown>>;
}

/**
 * An event Genesys could not ingest (spec `UnprocessedExternalEvent`), with its index in the request.
 *
 * @example
 * ```ts
 * const retryable = result.unprocessedEntities.filter((failure: UnprocessedExternalEvent) => failure.isRetryable);
 * ```
 */
export interface UnprocessedExternalEvent {
  /** The event that failed processing. */
  event: ExternalEvent;
  /** The index of the event in the original request. */
  originalRequestIndex: number;
  /** Whether the error is retryable. */
  isRetryable: boolean;
  /** The error message. */
  errorMessage: string;
  /** The HTTP status code associated with the error. */
  statusCode?: number | null | undefined;
}

/**
 * The result of `externalEvents.send` (spec `ExternalEventsResponse`): the events that failed, if any.
 *
 * @example
 * ```ts
 * const result: ExternalEventsResponse = await gj.externalEvents.send(configurationId, events);
 * if (result.unprocessedEntities.length === 0) console.log('all ingested');
 * ```
 */
export interface ExternalEventsResponse {
  /** List of events that failed processing. */
  unprocessedEntities: UnprocessedExternalEvent[];
}
