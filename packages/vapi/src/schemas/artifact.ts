import {
  type AssertTrue,
  IsoDateTime,
  JsonObject,
  openEnum,
  type SchemaMatches,
  type SchemaOf,
} from '@sessionkit/core';
import * as z from 'zod/mini';
import type { Artifact, MonoRecording, OpenAIMessage, Recording } from '../types/artifact.ts';
import { ArtifactMessageSchema } from './messages.ts';

const OpenAIMessageObject = z.looseObject({
  role: openEnum(['assistant', 'function', 'user', 'system', 'tool']),
  content: z.nullable(z.string()),
});

/**
 * A message in OpenAI format inside an artifact (spec `OpenAIMessage`); unknown fields kept.
 *
 * @example
 * ```ts
 * OpenAIMessageSchema.parse({ role: 'user', content: 'Hello' });
 * ```
 */
export const OpenAIMessageSchema: SchemaOf<OpenAIMessage> = OpenAIMessageObject;

const MonoRecordingObject = z.looseObject({
  combinedUrl: z.nullish(z.string()),
  assistantUrl: z.nullish(z.string()),
  customerUrl: z.nullish(z.string()),
});

/**
 * The mono recordings of an artifact (spec `Mono`); unknown fields kept.
 *
 * @example
 * ```ts
 * MonoRecordingSchema.parse({ combinedUrl: 'https://storage.vapi.ai/mono.wav' });
 * ```
 */
export const MonoRecordingSchema: SchemaOf<MonoRecording> = MonoRecordingObject;

const RecordingObject = z.looseObject({
  stereoUrl: z.nullish(z.string()),
  videoUrl: z.nullish(z.string()),
  videoRecordingStartDelaySeconds: z.nullish(z.number()),
  mono: z.nullish(MonoRecordingSchema),
});

/**
 * Recording URLs of an artifact (spec `Recording`); unknown fields kept.
 *
 * @example
 * ```ts
 * RecordingSchema.parse({ stereoUrl: 'https://storage.vapi.ai/stereo.wav' });
 * ```
 */
export const RecordingSchema: SchemaOf<Recording> = RecordingObject;

const url = z.nullish(z.string());

const ArtifactObject = z.looseObject({
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
  recordingUrl: url,
  stereoRecordingUrl: url,
  videoRecordingUrl: url,
  videoRecordingStartDelaySeconds: z.nullish(z.number()),
});

/**
 * What Vapi extracts from a completed session (spec `Artifact`); unknown fields kept.
 *
 * @example
 * ```ts
 * const artifact: Artifact = ArtifactSchema.parse(json.artifact);
 * ```
 */
export const ArtifactSchema: SchemaOf<Artifact> = ArtifactObject;

type _OpenAIMessageMatches = AssertTrue<SchemaMatches<typeof OpenAIMessageObject, OpenAIMessage>>;
type _MonoMatches = AssertTrue<SchemaMatches<typeof MonoRecordingObject, MonoRecording>>;
type _RecordingMatches = AssertTrue<SchemaMatches<typeof RecordingObject, Recording>>;
type _ArtifactMatches = AssertTrue<SchemaMatches<typeof ArtifactObject, Artifact>>;
