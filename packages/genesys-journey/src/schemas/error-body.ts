import * as z from 'zod/mini';

/**
 * One field-level detail of a Genesys error (spec `Detail`).
 *
 * @example
 * ```ts
 * const fields = genesysErrorBody(error)?.details?.map((detail) => detail.fieldName);
 * ```
 */
export const ErrorDetailSchema = z.looseObject({
  errorCode: z.nullish(z.string()),
  fieldName: z.nullish(z.string()),
  entityId: z.nullish(z.string()),
  entityName: z.nullish(z.string()),
});

/**
 * The error body of every Genesys Platform API error (spec `ErrorBody`); every field optional. `contextId` is the
 * `ININ-Correlation-Id` to quote to Genesys support; `errors` nests further error bodies.
 *
 * @example
 * ```ts
 * const body = genesysErrorBody(error);
 * console.log(body?.code, body?.messageParams, body?.contextId);
 * ```
 */
export interface GenesysErrorBody {
  readonly message?: string | null | undefined;
  /** e.g. `not.found`, `too.many.requests.retry.after`, `bad.credentials`. */
  readonly code?: string | null | undefined;
  readonly status?: number | null | undefined;
  readonly entityId?: string | null | undefined;
  readonly entityName?: string | null | undefined;
  /** The message with `{placeholders}`; the values are in `messageParams`. */
  readonly messageWithParams?: string | null | undefined;
  readonly messageParams?: Readonly<Record<string, string>> | null | undefined;
  /** The correlation id of the failed request. */
  readonly contextId?: string | null | undefined;
  readonly details?: readonly z.infer<typeof ErrorDetailSchema>[] | null | undefined;
  readonly errors?: readonly GenesysErrorBody[] | null | undefined;
  /** The limit that was hit, on limit errors: `{ key, namespace, value }`. */
  readonly limit?: { key?: string | null; namespace?: string | null; value?: number | null } | null | undefined;
  readonly [key: string]: unknown;
}

/**
 * Schema of `GenesysErrorBody`, recursive through `errors`; unknown fields kept.
 *
 * @example
 * ```ts
 * const parsed = z.safeParse(ErrorBodySchema, json);
 * ```
 */
export const ErrorBodySchema: z.ZodMiniType<GenesysErrorBody> = z.looseObject({
  message: z.nullish(z.string()),
  code: z.nullish(z.string()),
  status: z.nullish(z.number()),
  entityId: z.nullish(z.string()),
  entityName: z.nullish(z.string()),
  messageWithParams: z.nullish(z.string()),
  messageParams: z.nullish(z.record(z.string(), z.string())),
  contextId: z.nullish(z.string()),
  details: z.nullish(z.array(ErrorDetailSchema)),
  get errors() {
    return z.nullish(z.array(ErrorBodySchema));
  },
  limit: z.nullish(
    z.looseObject({ key: z.nullish(z.string()), namespace: z.nullish(z.string()), value: z.nullish(z.number()) }),
  ),
});
