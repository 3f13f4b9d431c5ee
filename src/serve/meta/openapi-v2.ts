/**
 * GET /openapi/v2. kubectl asks for it only as protobuf (gnostic openapi_v2.Document):
 * 1.27/1.28 need a 200 before apply/create/edit/explain, 1.29+ use it as a fallback and
 * for apply's patch-type lookup. An empty protobuf message is a valid empty document, so
 * kubectl finds no v2 schema and uses its compiled-in types (kubectl-wire.md §1.3). The
 * Content-Type has no `@`: 1.27/1.28 reject `...spec.v2@v1.0+protobuf` as a media type.
 * A client asking for JSON gets an empty Swagger 2.0 document instead.
 */
import { KUBERNETES_VERSION } from '../../sim/index.js';
import type { HttpReply } from '../types.js';
import { bytesReply } from './reply.js';

export const OPENAPI_V2_PROTOBUF = 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf';

const EMPTY_SWAGGER = JSON.stringify({ swagger: '2.0', info: { title: 'Kubernetes', version: KUBERNETES_VERSION }, paths: {}, definitions: {} });

/** The /openapi/v2 answer for this Accept header. */
export function openapiV2Reply(accept: string): HttpReply {
  const wantsJson = accept !== '' && !/protobuf/i.test(accept) && /application\/json/i.test(accept);
  return wantsJson ? bytesReply(EMPTY_SWAGGER, 'application/json') : bytesReply(new Uint8Array(0), OPENAPI_V2_PROTOBUF);
}
