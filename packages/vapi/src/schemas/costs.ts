import { JsonObject } from '@sessionkit/core';
import * as z from 'zod/mini';
import { openEnum } from './open-enum.ts';

/**
 * Cost of the language model (spec `ModelCost`).
 *
 * @example
 * ```ts
 * if (cost.type === 'model') console.log(cost.promptTokens, cost.completionTokens);
 * ```
 */
export const ModelCostSchema = z.looseObject({
  type: z.literal('model'),
  /** The model that was used (provider, model name…). */
  model: JsonObject,
  promptTokens: z.number(),
  completionTokens: z.number(),
  cachedPromptTokens: z.nullish(z.number()),
  reasoningTokens: z.nullish(z.number()),
  /** USD. */
  cost: z.number(),
});

/**
 * Cost of the language model.
 *
 * @example
 * ```ts
 * const model = session.costs?.filter((c): c is ModelCost => c.type === 'model');
 * ```
 */
export type ModelCost = z.infer<typeof ModelCostSchema>;

/** Cost of one structured output inside an analysis cost (spec `StructuredOutputCostBreakdown`). */
export const StructuredOutputCostBreakdownSchema = z.looseObject({
  structuredOutputId: z.string(),
  name: z.string(),
  cost: z.number(),
  promptTokens: z.number(),
  completionTokens: z.number(),
  cachedPromptTokens: z.nullish(z.number()),
});

/**
 * Cost of post-session analysis (spec `AnalysisCost`).
 *
 * @example
 * ```ts
 * if (cost.type === 'analysis') console.log(cost.analysisType, cost.cost);
 * ```
 */
export const AnalysisCostSchema = z.looseObject({
  type: z.literal('analysis'),
  analysisType: openEnum(['summary', 'structuredData', 'successEvaluation', 'structuredOutput']),
  model: JsonObject,
  promptTokens: z.number(),
  completionTokens: z.number(),
  cachedPromptTokens: z.nullish(z.number()),
  structuredOutputBreakdown: z.nullish(z.array(StructuredOutputCostBreakdownSchema)),
  cost: z.number(),
});

/**
 * Cost of post-session analysis.
 *
 * @example
 * ```ts
 * const analysis = session.costs?.filter((c): c is AnalysisCost => c.type === 'analysis');
 * ```
 */
export type AnalysisCost = z.infer<typeof AnalysisCostSchema>;

/**
 * The session's own cost (spec `SessionCost`).
 *
 * @example
 * ```ts
 * const fee = session.costs?.find((cost) => cost.type === 'session')?.cost ?? 0;
 * ```
 */
export const SessionCostSchema = z.looseObject({ type: z.literal('session'), cost: z.number() });

/**
 * The session's own cost.
 *
 * @example
 * ```ts
 * const fees = session.costs?.filter((c): c is SessionCost => c.type === 'session');
 * ```
 */
export type SessionCost = z.infer<typeof SessionCostSchema>;

/**
 * One entry of `Session.costs`, discriminated on `type`.
 *
 * @example
 * ```ts
 * const tokens = session.costs?.reduce((sum, c) => sum + (c.type === 'session' ? 0 : c.promptTokens), 0);
 * ```
 */
export const SessionCostItemSchema = z.discriminatedUnion('type', [
  ModelCostSchema,
  AnalysisCostSchema,
  SessionCostSchema,
]);

/**
 * One entry of `Session.costs`, discriminated on `type`.
 *
 * @example
 * ```ts
 * const costs: SessionCostItem[] = session.costs ?? [];
 * ```
 */
export type SessionCostItem = z.infer<typeof SessionCostItemSchema>;

/**
 * The chat's own cost (spec `ChatCost`).
 *
 * @example
 * ```ts
 * const fee = chat.costs?.find((cost) => cost.type === 'chat')?.cost ?? 0;
 * ```
 */
export const ChatCostSchema = z.looseObject({ type: z.literal('chat'), cost: z.number() });

/**
 * The chat's own cost.
 *
 * @example
 * ```ts
 * const fees = chat.costs?.filter((c): c is ChatCost => c.type === 'chat');
 * ```
 */
export type ChatCost = z.infer<typeof ChatCostSchema>;

/**
 * One entry of `Chat.costs`, discriminated on `type`.
 *
 * @example
 * ```ts
 * const modelCost = chat.costs?.filter((c) => c.type === 'model').reduce((sum, c) => sum + c.cost, 0);
 * ```
 */
export const ChatCostItemSchema = z.discriminatedUnion('type', [ModelCostSchema, ChatCostSchema]);

/**
 * One entry of `Chat.costs`, discriminated on `type`.
 *
 * @example
 * ```ts
 * const costs: ChatCostItem[] = chat.costs ?? [];
 * ```
 */
export type ChatCostItem = z.infer<typeof ChatCostItemSchema>;
