import type { ArtifactMessage } from './messages.ts';

/**
 * A message in OpenAI format inside an artifact (spec `OpenAIMessage`).
 *
 * @example
 * ```ts
 * const roles = session.artifact?.messagesOpenAIFormatted?.map((message: OpenAIMessage) => message.role);
 * ```
 */
export interface OpenAIMessage {
  /** The role of the message author (open: a value Vapi adds later still parses). */
  role: 'assistant' | 'function' | 'user' | 'system' | 'tool' | (string & {});
  /** The text of the message; `null` when it has none (the spec marks it nullable). */
  content: string | null;
}

/**
 * The mono recordings of a session or call (spec `Mono`).
 *
 * @example
 * ```ts
 * const combined = session.artifact?.recording?.mono?.combinedUrl;
 * ```
 */
export interface MonoRecording {
  /** This is the combined recording url for the call. */
  combinedUrl?: string | null | undefined;
  /** This is the mono recording url for the assistant. */
  assistantUrl?: string | null | undefined;
  /** This is the mono recording url for the customer. */
  customerUrl?: string | null | undefined;
}

/**
 * Recording URLs of an artifact (spec `Recording`); enabled by `assistant.artifactPlan.recordingEnabled`.
 *
 * @example
 * ```ts
 * const stereo = session.artifact?.recording?.stereoUrl;
 * ```
 */
export interface Recording {
  /** This is the stereo recording url for the call. */
  stereoUrl?: string | null | undefined;
  /** This is the video recording url for the call (`assistant.artifactPlan.videoRecordingEnabled`). */
  videoUrl?: string | null | undefined;
  /** This is video recording start delay in ms, to align the video with `artifact.messages` timestamps. */
  videoRecordingStartDelaySeconds?: number | null | undefined;
  /** This is the mono recording url for the call. */
  mono?: MonoRecording | null | undefined;
}

/**
 * What Vapi extracts from a session once it is completed (spec `Artifact`): transcript, messages, recordings,
 * structured outputs, metrics. Deeply nested parts (`nodes`, `transfers`, `performanceMetrics`…) are typed loosely
 * as JSON objects.
 *
 * @example
 * ```ts
 * const artifact: Artifact | null | undefined = session.artifact;
 * if (artifact?.transcript) console.log(artifact.transcript);
 * ```
 */
export interface Artifact {
  /** These are the messages that were spoken, call-transcript style. */
  messages?: ArtifactMessage[] | null | undefined;
  /** These are the messages that were spoken, formatted for OpenAI. */
  messagesOpenAIFormatted?: OpenAIMessage[] | null | undefined;
  /** This is the transcript, derived from `messages` for convenience. */
  transcript?: string | null | undefined;
  /** This is the recording of the call. */
  recording?: Recording | null | undefined;
  /** These are the structured outputs extracted (`assistant.artifactPlan.structuredOutputIds`), keyed by id. */
  structuredOutputs?: Record<string, unknown> | null | undefined;
  /** This is when the structured outputs were last updated (ISO 8601). */
  structuredOutputsLastUpdatedAt?: string | null | undefined;
  /** Structured outputs skipped because their conditions were not met, keyed by saved or runtime output ID. */
  skippedStructuredOutputs?: Record<string, Record<string, unknown>> | null | undefined;
  /** These are the scorecards evaluated from the structured outputs. */
  scorecards?: Record<string, unknown> | null | undefined;
  /** These are the variable values at the end of the workflow execution. */
  variableValues?: Record<string, unknown> | null | undefined;
  /** This is the performance metrics: the turn latency, broken down by component (typed loosely). */
  performanceMetrics?: Record<string, unknown> | null | undefined;
  /** This is the history of workflow nodes that were executed (typed loosely). */
  nodes?: Record<string, unknown>[] | null | undefined;
  /** These are the transfer records of the transfer attempts, warm and blind (typed loosely). */
  transfers?: Record<string, unknown>[] | null | undefined;
  /** Ordered list of assistants that were active, including after transfers and handoffs (typed loosely). */
  assistantActivations?: Record<string, unknown>[] | null | undefined;
  /** This is the url for the logs, all logging output for debugging purposes. */
  logUrl?: string | null | undefined;
  /** This is the packet capture url (`phone` calls on Vapi or BYO numbers only). */
  pcapUrl?: string | null | undefined;
  /** A presigned URL to download the mono recording without authentication, until `presignedUrlsExpiresAt`. */
  presignedMonoUrl?: string | null | undefined;
  /** A presigned URL to download the stereo recording without authentication, until `presignedUrlsExpiresAt`. */
  presignedStereoUrl?: string | null | undefined;
  /** A presigned URL to download the video recording without authentication, until `presignedUrlsExpiresAt`. */
  presignedVideoUrl?: string | null | undefined;
  /** A presigned URL to download the assistant-channel mono recording, until `presignedUrlsExpiresAt`. */
  presignedAssistantUrl?: string | null | undefined;
  /** A presigned URL to download the customer-channel mono recording, until `presignedUrlsExpiresAt`. */
  presignedCustomerUrl?: string | null | undefined;
  /** A presigned URL to download the packet capture without authentication, until `presignedUrlsExpiresAt`. */
  presignedPcapUrl?: string | null | undefined;
  /** A presigned URL to download the logs without authentication, until `presignedUrlsExpiresAt`. */
  presignedLogUrl?: string | null | undefined;
  /** When the presigned URLs above expire (ISO 8601); they are regenerated per response. */
  presignedUrlsExpiresAt?: string | null | undefined;
  /** @deprecated Use `recording`. This is the recording url. */
  recordingUrl?: string | null | undefined;
  /** @deprecated Use `recording.stereoUrl`. This is the stereo recording url. */
  stereoRecordingUrl?: string | null | undefined;
  /** @deprecated Use `recording.videoUrl`. This is the video recording url. */
  videoRecordingUrl?: string | null | undefined;
  /** @deprecated Use `recording.videoRecordingStartDelaySeconds`. This is the video recording start delay in ms. */
  videoRecordingStartDelaySeconds?: number | null | undefined;
}
