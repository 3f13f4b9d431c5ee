/**
 * Decoder for `application/vnd.kubernetes.protobuf` request bodies, which kubectl 1.32+
 * sends for `create <generator>`, `create token`, `auth can-i` and `auth whoami`. The
 * result is the JSON object the same request would have carried as JSON (kubectl ≤1.31).
 */
import type { ProtobufDecoder } from '../types.js';
import { readEnvelope } from './envelope.js';
import { messageForKind } from './registry.js';
import { decodeMessage } from './decode.js';

/** Name of the apiserver's scheme in its "not registered" errors (runtime.NewScheme's call site). */
const SCHEME = 'k8s.io/kubernetes/pkg/api/legacyscheme/scheme.go:30';

/** Go's %#v of the envelope's runtime.TypeMeta, used by the missing kind/apiVersion errors. */
function typeMetaGoSyntax(apiVersion: string, kind: string): string {
  return `runtime.TypeMeta{APIVersion:${JSON.stringify(apiVersion)}, Kind:${JSON.stringify(kind)}}`;
}

/**
 * Decodes a protobuf request body. Never throws: malformed or unknown input gives
 * `{ok: false, error}` with the apiserver's wording where it has one.
 */
export const decodeProtobuf: ProtobufDecoder = (body) => {
  const env = readEnvelope(body);
  if (!env.ok) return env;
  const { apiVersion, kind, raw } = env.envelope;
  if (kind === '') return { ok: false, error: `Object 'Kind' is missing in '${typeMetaGoSyntax(apiVersion, kind)}'` };
  if (apiVersion === '') return { ok: false, error: `Object 'apiVersion' is missing in '${typeMetaGoSyntax(apiVersion, kind)}'` };
  const spec = messageForKind(apiVersion, kind);
  if (!spec) return { ok: false, error: `no kind ${JSON.stringify(kind)} is registered for version ${JSON.stringify(apiVersion)} in scheme ${JSON.stringify(SCHEME)}` };
  const decoded = decodeMessage(raw, spec);
  if (!decoded.ok) return decoded;
  return { ok: true, object: { kind, apiVersion, ...decoded.value } };
};

export { MAX_DEPTH } from './decode.js';
