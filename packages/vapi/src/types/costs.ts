/**
 * Cost of the language model (spec `ModelCost`).
 *
 * @example
 * ```ts
 * const model = session.costs?.filter((cost): cost is ModelCost => cost.type === 'model');
 * ```
 */
export interface ModelCost {
  /** This is the type of cost, always 'model' for this class. */
  type: 'model';
  /** This is the model that was used (provider, model name…; typed loosely as a JSON object). */
  model: Record<string, unknown>;
  /** This is the number of prompt tokens used. */
  promptTokens: number;
  /** This is the number of completion tokens generated. */
  completionTokens: number;
  /** This is the number of cached prompt tokens used (providers with prompt caching; billed at a discount). */
  cachedPromptTokens?: number | null | undefined;
  /**
   * This is the number of reasoning tokens generated (reasoning models). A subset of `completionTokens`, reported
   * for visibility only; it does not affect `cost`.
   */
  reasoningTokens?: number | null | undefined;
  /** This is the cost of the component in USD. */
  cost: number;
}

/**
 * Cost of evaluating one structured output inside an analysis cost (spec `StructuredOutputCostBreakdown`).
 *
 * @example
 * ```ts
 * const rows: StructuredOutputCostBreakdown[] = analysis.structuredOutputBreakdown ?? [];
 * ```
 */
export interface StructuredOutputCostBreakdown {
  /** This is the unique identifier of the structured output that produced this cost. */
  structuredOutputId: string;
  /** This is the name of the structured output. */
  name: string;
  /** This is the cost in USD of evaluating this structured output. */
  cost: number;
  /** This is the number of prompt tokens used to evaluate this structured output. */
  promptTokens: number;
  /** This is the number of completion tokens generated for this structured output. */
  completionTokens: number;
  /** This is the number of cached prompt tokens used (a subset of `promptTokens`). */
  cachedPromptTokens?: number | null | undefined;
}

/**
 * Cost of post-session analysis (spec `AnalysisCost`).
 *
 * @example
 * ```ts
 * const analysis = session.costs?.filter((cost): cost is AnalysisCost => cost.type === 'analysis');
 * ```
 */
export interface AnalysisCost {
  /** This is the type of cost, always 'analysis' for this class. */
  type: 'analysis';
  /** This is the type of analysis performed (open: a value Vapi adds later still parses). */
  analysisType: 'summary' | 'structuredData' | 'successEvaluation' | 'structuredOutput' | (string & {});
  /** This is the model that was used to perform the analysis (typed loosely as a JSON object). */
  model: Record<string, unknown>;
  /** This is the number of prompt tokens used in the analysis. */
  promptTokens: number;
  /** This is the number of completion tokens generated in the analysis. */
  completionTokens: number;
  /** This is the number of cached prompt tokens used in the analysis. */
  cachedPromptTokens?: number | null | undefined;
  /**
   * This is the per-structured-output breakdown of this cost, set only when `analysisType` is `structuredOutput`;
   * its rows sum to the totals above.
   */
  structuredOutputBreakdown?: StructuredOutputCostBreakdown[] | null | undefined;
  /** This is the cost of the component in USD. */
  cost: number;
}

/**
 * The session's own cost (spec `SessionCost`).
 *
 * @example
 * ```ts
 * const fee = session.costs?.find((cost): cost is SessionCost => cost.type === 'session')?.cost ?? 0;
 * ```
 */
export interface SessionCost {
  /** This is the type of cost, always 'session' for this class. */
  type: 'session';
  /** This is the cost of the component in USD. */
  cost: number;
}

/**
 * The chat's own cost (spec `ChatCost`).
 *
 * @example
 * ```ts
 * const fee = chat.costs?.find((cost): cost is ChatCost => cost.type === 'chat')?.cost ?? 0;
 * ```
 */
export interface ChatCost {
  /** This is the type of cost, always 'chat' for this class. */
  type: 'chat';
  /** This is the cost of the component in USD. */
  cost: number;
}

/**
 * One entry of `Session.costs`, discriminated on `type` (`model`, `analysis`, `session`).
 *
 * @example
 * ```ts
 * const tokens = (session.costs ?? []).reduce((sum, cost) => sum + (cost.type === 'session' ? 0 : cost.promptTokens), 0);
 * ```
 */
export type SessionCostItem = ModelCost | AnalysisCost | SessionCost;

/**
 * One entry of `Chat.costs`, discriminated on `type` (`model`, `chat`).
 *
 * @example
 * ```ts
 * const modelCost = (chat.costs ?? []).filter((cost) => cost.type === 'model').reduce((sum, cost) => sum + cost.cost, 0);
 * ```
 */
export type ChatCostItem = ModelCost | ChatCost;
