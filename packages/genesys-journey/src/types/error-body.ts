/**
 * One field-level detail of a Genesys error (spec `Detail`).
 *
 * @example
 * ```ts
 * const fields = genesysErrorBody(error)?.details?.map((detail: GenesysErrorDetail) => detail.fieldName);
 * ```
 */
export interface GenesysErrorDetail {
  /** The error code of this detail. */
  errorCode?: string | null | undefined;
  /** The field the detail is about. */
  fieldName?: string | null | undefined;
  /** The id of the entity the detail is about. */
  entityId?: string | null | undefined;
  /** The name of the entity the detail is about. */
  entityName?: string | null | undefined;
}

/**
 * The limit a request hit (spec `Limit`), on limit errors.
 *
 * @example
 * ```ts
 * const limit: GenesysErrorLimit | null | undefined = genesysErrorBody(error)?.limit;
 * console.log(limit?.namespace, limit?.key, limit?.value);
 * ```
 */
export interface GenesysErrorLimit {
  /** The limit's key. */
  key?: string | null | undefined;
  /** The limit's namespace (e.g. `journey`, `platform.api`). */
  namespace?: string | null | undefined;
  /** The limit's value. */
  value?: number | null | undefined;
}

/**
 * The error body of every Genesys Platform API error (spec `ErrorBody`); every field optional. `contextId` is the
 * `ININ-Correlation-Id` to quote to Genesys support; `errors` nests further error bodies.
 *
 * @example
 * ```ts
 * const body: GenesysErrorBody | undefined = genesysErrorBody(error);
 * console.log(body?.code, body?.messageParams, body?.contextId);
 * ```
 */
export interface GenesysErrorBody {
  /** The error message. */
  message?: string | null | undefined;
  /** The error code, e.g. `not.found`, `too.many.requests.retry.after`, `bad.credentials`. */
  code?: string | null | undefined;
  /** The HTTP status. */
  status?: number | null | undefined;
  /** The id of the entity the error is about. */
  entityId?: string | null | undefined;
  /** The name of the entity the error is about. */
  entityName?: string | null | undefined;
  /** The message with `{placeholders}`; the values are in `messageParams`. */
  messageWithParams?: string | null | undefined;
  /** The values of the placeholders of `messageWithParams`, by name. */
  messageParams?: Record<string, string> | null | undefined;
  /** The correlation id of the failed request. */
  contextId?: string | null | undefined;
  /** Field-level details. */
  details?: GenesysErrorDetail[] | null | undefined;
  /** Nested error bodies. */
  errors?: GenesysErrorBody[] | null | undefined;
  /** The limit that was hit, on limit errors. */
  limit?: GenesysErrorLimit | null | undefined;
}
