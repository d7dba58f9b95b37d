import { IsoDateTime, JsonObject } from '@sessionkit/core';
import * as z from 'zod/mini';
import { ArtifactMessageSchema } from './messages.ts';
import { openEnum } from './open-enum.ts';

/**
 * A message in OpenAI format inside an artifact (spec `OpenAIMessage`).
 *
 * @example
 * ```ts
 * const roles = session.artifact?.messagesOpenAIFormatted?.map((m) => m.role);
 * ```
 */
export const OpenAIMessageSchema = z.looseObject({
  role: openEnum(['assistant', 'function', 'user', 'system', 'tool']),
  content: z.nullable(z.string()),
});

/**
 * A message in OpenAI format inside an artifact.
 *
 * @example
 * ```ts
 * const first: OpenAIMessage | undefined = session.artifact?.messagesOpenAIFormatted?.[0];
 * ```
 */
export type OpenAIMessage = z.infer<typeof OpenAIMessageSchema>;

/** Recording URLs of an artifact (spec `Recording`). */
export const RecordingSchema = z.looseObject({
  stereoUrl: z.nullish(z.string()),
  videoUrl: z.nullish(z.string()),
  videoRecordingStartDelaySeconds: z.nullish(z.number()),
  mono: z.nullish(
    z.looseObject({
      combinedUrl: z.nullish(z.string()),
      assistantUrl: z.nullish(z.string()),
      customerUrl: z.nullish(z.string()),
    }),
  ),
});

const url = z.nullish(z.string());

/**
 * What Vapi stores about a session once it is completed (spec `Artifact`): transcript, messages, recordings,
 * structured outputs, metrics. Deeply nested parts (`nodes`, `transfers`, `performanceMetrics`…) are typed loosely.
 *
 * @example
 * ```ts
 * if (session.artifact?.transcript) console.log(session.artifact.transcript);
 * ```
 */
export const ArtifactSchema = z.looseObject({
  messages: z.nullish(z.array(ArtifactMessageSchema)),
  messagesOpenAIFormatted: z.nullish(z.array(OpenAIMessageSchema)),
  transcript: z.nullish(z.string()),
  recording: z.nullish(RecordingSchema),
  structuredOutputs: z.nullish(JsonObject),
  structuredOutputsLastUpdatedAt: z.nullish(IsoDateTime),
  skippedStructuredOutputs: z.nullish(z.record(z.string(), JsonObject)),
  scorecards: z.nullish(JsonObject),
  variableValues: z.nullish(JsonObject),
  performanceMetrics: z.nullish(JsonObject),
  nodes: z.nullish(z.array(JsonObject)),
  transfers: z.nullish(z.array(JsonObject)),
  assistantActivations: z.nullish(z.array(JsonObject)),
  logUrl: url,
  pcapUrl: url,
  presignedMonoUrl: url,
  presignedStereoUrl: url,
  presignedVideoUrl: url,
  presignedAssistantUrl: url,
  presignedCustomerUrl: url,
  presignedPcapUrl: url,
  presignedLogUrl: url,
  presignedUrlsExpiresAt: z.nullish(z.string()),
  /** @deprecated Use `recording`. */
  recordingUrl: url,
  /** @deprecated Use `recording.stereoUrl`. */
  stereoRecordingUrl: url,
  /** @deprecated Use `recording.videoUrl`. */
  videoRecordingUrl: url,
  /** @deprecated Use `recording.videoRecordingStartDelaySeconds`. */
  videoRecordingStartDelaySeconds: z.nullish(z.number()),
});

/**
 * What Vapi stores about a completed session.
 *
 * @example
 * ```ts
 * const artifact: Artifact | null | undefined = session.artifact;
 * ```
 */
export type Artifact = z.infer<typeof ArtifactSchema>;
