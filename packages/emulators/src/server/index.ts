export { type CorsOptions, createTestServer, type TestServer, type TestServerOptions } from './create-test-server.ts';
export type {
  FaultReply,
  Handler,
  Middleware,
  PlainReply,
  RecordedRequest,
  Reply,
  StreamReply,
  StreamWriter,
} from './types.ts';
