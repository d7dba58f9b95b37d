import { IsoDateTime, JsonObject } from '@sessionkit/core';
import * as z from 'zod';
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
  content: z.string().nullable(),
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
  stereoUrl: z.string().nullish(),
  videoUrl: z.string().nullish(),
  videoRecordingStartDelaySeconds: z.number().nullish(),
  mono: z
    .looseObject({
      combinedUrl: z.string().nullish(),
      assistantUrl: z.string().nullish(),
      customerUrl: z.string().nullish(),
    })
    .nullish(),
});

const url = z.string().nullish();

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
  messages: z.array(ArtifactMessageSchema).nullish(),
  messagesOpenAIFormatted: z.array(OpenAIMessageSchema).nullish(),
  transcript: z.string().nullish(),
  recording: RecordingSchema.nullish(),
  structuredOutputs: JsonObject.nullish(),
  structuredOutputsLastUpdatedAt: IsoDateTime.nullish(),
  skippedStructuredOutputs: z.record(z.string(), JsonObject).nullish(),
  scorecards: JsonObject.nullish(),
  variableValues: JsonObject.nullish(),
  performanceMetrics: JsonObject.nullish(),
  nodes: z.array(JsonObject).nullish(),
  transfers: z.array(JsonObject).nullish(),
  assistantActivations: z.array(JsonObject).nullish(),
  logUrl: url,
  pcapUrl: url,
  presignedMonoUrl: url,
  presignedStereoUrl: url,
  presignedVideoUrl: url,
  presignedAssistantUrl: url,
  presignedCustomerUrl: url,
  presignedPcapUrl: url,
  presignedLogUrl: url,
  presignedUrlsExpiresAt: z.string().nullish(),
  /** @deprecated Use `recording`. */
  recordingUrl: url,
  /** @deprecated Use `recording.stereoUrl`. */
  stereoRecordingUrl: url,
  /** @deprecated Use `recording.videoUrl`. */
  videoRecordingUrl: url,
  /** @deprecated Use `recording.videoRecordingStartDelaySeconds`. */
  videoRecordingStartDelaySeconds: z.number().nullish(),
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
