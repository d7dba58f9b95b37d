import { type AssertTrue, JsonObject, openEnum, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type {
  AnalysisCost,
  ChatCost,
  ChatCostItem,
  ModelCost,
  SessionCost,
  SessionCostItem,
  StructuredOutputCostBreakdown,
} from '../types/costs.ts';

const ModelCostObject = z.looseObject({
  type: z.literal('model'),
  model: JsonObject,
  promptTokens: z.number(),
  completionTokens: z.number(),
  cachedPromptTokens: z.nullish(z.number()),
  reasoningTokens: z.nullish(z.number()),
  cost: z.number(),
});

/**
 * Cost of the language model (spec `ModelCost`); unknown fields kept.
 *
 * @example
 * ```ts
 * const cost: ModelCost = ModelCostSchema.parse(json);
 * ```
 */
export const ModelCostSchema: SchemaOf<ModelCost> = ModelCostObject;

const StructuredOutputCostBreakdownObject = z.looseObject({
  structuredOutputId: z.string(),
  name: z.string(),
  cost: z.number(),
  promptTokens: z.number(),
  completionTokens: z.number(),
  cachedPromptTokens: z.nullish(z.number()),
});

/**
 * Cost of one structured output inside an analysis cost (spec `StructuredOutputCostBreakdown`); unknown fields kept.
 *
 * @example
 * ```ts
 * const row: StructuredOutputCostBreakdown = StructuredOutputCostBreakdownSchema.parse(json);
 * ```
 */
export const StructuredOutputCostBreakdownSchema: SchemaOf<StructuredOutputCostBreakdown> =
  StructuredOutputCostBreakdownObject;

const AnalysisCostObject = z.looseObject({
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
 * Cost of post-session analysis (spec `AnalysisCost`); unknown fields kept.
 *
 * @example
 * ```ts
 * const cost: AnalysisCost = AnalysisCostSchema.parse(json);
 * ```
 */
export const AnalysisCostSchema: SchemaOf<AnalysisCost> = AnalysisCostObject;

const SessionCostObject = z.looseObject({ type: z.literal('session'), cost: z.number() });

/**
 * The session's own cost (spec `SessionCost`); unknown fields kept.
 *
 * @example
 * ```ts
 * SessionCostSchema.parse({ type: 'session', cost: 0.01 });
 * ```
 */
export const SessionCostSchema: SchemaOf<SessionCost> = SessionCostObject;

/**
 * One entry of `Session.costs`, discriminated on `type` (`model`, `analysis`, `session`).
 *
 * @example
 * ```ts
 * const costs = z.array(SessionCostItemSchema).parse(json.costs);
 * ```
 */
export const SessionCostItemSchema: SchemaOf<SessionCostItem> = z.discriminatedUnion('type', [
  ModelCostObject,
  AnalysisCostObject,
  SessionCostObject,
]);

const ChatCostObject = z.looseObject({ type: z.literal('chat'), cost: z.number() });

/**
 * The chat's own cost (spec `ChatCost`); unknown fields kept.
 *
 * @example
 * ```ts
 * ChatCostSchema.parse({ type: 'chat', cost: 0.001 });
 * ```
 */
export const ChatCostSchema: SchemaOf<ChatCost> = ChatCostObject;

/**
 * One entry of `Chat.costs`, discriminated on `type` (`model`, `chat`).
 *
 * @example
 * ```ts
 * const costs = z.array(ChatCostItemSchema).parse(json.costs);
 * ```
 */
export const ChatCostItemSchema: SchemaOf<ChatCostItem> = z.discriminatedUnion('type', [
  ModelCostObject,
  ChatCostObject,
]);

type _ModelCostMatches = AssertTrue<SchemaMatches<typeof ModelCostObject, ModelCost>>;
type _BreakdownMatches = AssertTrue<
  SchemaMatches<typeof StructuredOutputCostBreakdownObject, StructuredOutputCostBreakdown>
>;
type _AnalysisCostMatches = AssertTrue<SchemaMatches<typeof AnalysisCostObject, AnalysisCost>>;
type _SessionCostMatches = AssertTrue<SchemaMatches<typeof SessionCostObject, SessionCost>>;
type _ChatCostMatches = AssertTrue<SchemaMatches<typeof ChatCostObject, ChatCost>>;
