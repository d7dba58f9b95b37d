export {
  type CorsOptions,
  createTestServer,
  type FaultReply,
  type Handler,
  type PlainReply,
  type RecordedRequest,
  type Reply,
  type TestServer,
  type TestServerOptions,
} from '@sessionkit/emulators/server';
