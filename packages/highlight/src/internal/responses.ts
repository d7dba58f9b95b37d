import * as z from 'zod/mini';
import { ErrorObjectSchema } from '../schemas/error-object.ts';
import { GraphSessionSchema } from '../schemas/graph-session.ts';
import { SessionIntervalSchema } from '../schemas/session-interval.ts';
import { SessionResultsSchema } from '../schemas/session-results.ts';

/** A GraphQL response body whose `data` has the given shape (paths in errors read `data.session.…`). */
function response<T extends z.core.$ZodType>(data: T) {
  return z.looseObject({ data });
}

const SecureIdEcho = z.string();

// The response bodies of every document in `DOCUMENTS`, built once.
export const InitializeSessionResponse = response(
  z.looseObject({
    initializeSession: z.looseObject({ secure_id: z.string(), project_id: z.union([z.string(), z.int()]) }),
  }),
);
export const IdentifySessionResponse = response(z.looseObject({ identifySession: SecureIdEcho }));
export const AddSessionPropertiesResponse = response(z.looseObject({ addSessionProperties: SecureIdEcho }));
export const AddSessionFeedbackResponse = response(z.looseObject({ addSessionFeedback: SecureIdEcho }));
export const GetSessionsResponse = response(z.looseObject({ sessions: SessionResultsSchema }));
export const GetSessionResponse = response(z.looseObject({ session: z.nullable(GraphSessionSchema) }));
export const GetSessionIntervalsResponse = response(
  z.looseObject({ session_intervals: z.array(SessionIntervalSchema) }),
);
export const GetErrorsResponse = response(
  z.looseObject({ errors: z.nullable(z.array(z.nullable(ErrorObjectSchema))) }),
);
export const MarkSessionAsViewedResponse = response(
  z.looseObject({ markSessionAsViewed: z.nullable(GraphSessionSchema) }),
);
export const UpdateSessionIsPublicResponse = response(
  z.looseObject({ updateSessionIsPublic: z.nullable(GraphSessionSchema) }),
);
