/**
 * Request bodies: read with the API server's size limit, then decoded by Content-Type
 * (JSON, YAML, protobuf for the typed clients of kubectl 1.32+; patch bodies by patch type).
 * Decoding failures are Status values with the API server's wording.
 */
import type { IncomingMessage } from 'node:http';
import yaml from 'js-yaml';
import { badRequest, unsupportedMediaType, type Status } from '../../sim/index.js';
import type { ProtobufDecoder } from '../types.js';
import { mediaType } from './negotiate.js';
import { goJsonSyntaxError } from './json-syntax.js';

/** The apiserver's request body limit (k8s.io/apiserver pkg/server/config.go MaxRequestBodyBytes: 3 MiB). */
export const MAX_BODY_BYTES = 3 * 1024 * 1024;

export type BodyResult = { ok: true; bytes: Buffer } | { ok: false; status: Status };

/** Reads the whole body, refusing more than MAX_BODY_BYTES with 413 as the apiserver does. */
export function readBody(req: IncomingMessage): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > MAX_BODY_BYTES) {
      done = true;
      req.resume();
      resolve({ ok: false, status: tooLarge() });
      return;
    }
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        done = true;
        resolve({ ok: false, status: tooLarge() });
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!done) resolve({ ok: true, bytes: Buffer.concat(chunks) });
      done = true;
    });
    req.on('error', () => {
      if (!done) resolve({ ok: true, bytes: Buffer.concat(chunks) });
      done = true;
    });
  });
}

/** 413, worded as apiserver's LimitedReadBody does (k8s.io/apiserver pkg/endpoints/handlers/rest.go). */
function tooLarge(): Status {
  return { ...badRequest(`Request entity too large: limit is ${MAX_BODY_BYTES}`), code: 413, reason: 'RequestEntityTooLarge' };
}

/** Media types a create/update body may come in (NegotiateInputSerializer's supported list). */
const ACCEPTED = 'application/json, application/yaml, application/vnd.kubernetes.protobuf';

export type Decoded = { ok: true; value: unknown } | { ok: false; status: Status };

type ObjectDecoder = (bytes: Buffer, proto: ProtobufDecoder | undefined, kind: string) => Decoded;

/**
 * What transformDecodeError says when a body cannot be decoded at all (k8s.io/apiserver
 * pkg/endpoints/handlers/rest.go): the expected kind, the decoder's error, and the first 30
 * bytes of the body (text when it starts with `{`, hex otherwise).
 */
export function unrecognized(kind: string, error: string, body: Buffer): Status {
  let summary: string;
  if (!body.length) summary = '<empty>';
  else if (body[0] === 0x7b) summary = body.length > 30 ? `${body.subarray(0, 30).toString('utf8')} ...` : body.toString('utf8');
  else summary = body.length > 30 ? `${body.subarray(0, 30).toString('hex')} ...` : body.toString('hex');
  return badRequest(`the object provided is unrecognized (must be of type ${kind}): ${error} (${summary})`);
}

const decodeJson: ObjectDecoder = (bytes, _proto, kind) => {
  const text = bytes.toString('utf8');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: unrecognized(kind, `couldn't get version/kind; json parse error: ${goJsonSyntaxError(text)}`, bytes) };
  }
};

const decodeYaml: ObjectDecoder = (bytes, _proto, kind) => {
  try {
    // Learner input is data: the JSON schema of js-yaml builds plain values, nothing else.
    return { ok: true, value: yaml.load(bytes.toString('utf8'), { schema: yaml.JSON_SCHEMA }) };
  } catch (e) {
    return { ok: false, status: unrecognized(kind, `error converting YAML to JSON: yaml: ${(e as Error).message.split('\n')[0]}`, bytes) };
  }
};

const decodeProto: ObjectDecoder = (bytes, proto, kind) => {
  if (!proto) return { ok: false, status: unsupportedMediaType(`the body of the request was in an unknown format - accepted media types include: ${ACCEPTED}`) };
  const r = proto(new Uint8Array(bytes));
  return r.ok ? { ok: true, value: r.object } : { ok: false, status: unrecognized(kind, r.error, bytes) };
};

/** Object body decoders by media type. */
const OBJECT_DECODERS: Record<string, ObjectDecoder> = {
  'application/json': decodeJson,
  'application/yaml': decodeYaml,
  'application/vnd.kubernetes.protobuf': decodeProto,
};

/**
 * Decodes a create/update/subresource body. An absent Content-Type is JSON (the apiserver's
 * default); anything else unknown is 415.
 */
export function decodeObjectBody(contentType: string | undefined, bytes: Buffer, kind: string, proto?: ProtobufDecoder): Decoded {
  const mt = mediaType(contentType) || 'application/json';
  const dec = OBJECT_DECODERS[mt];
  if (!dec) return { ok: false, status: unsupportedMediaType(`the body of the request was in an unknown format - accepted media types include: ${ACCEPTED}`) };
  return dec(bytes, proto, kind);
}

/** Patch media types the apiserver accepts for built-in kinds, in the installer's order. */
const PATCH_TYPES = ['application/json-patch+json', 'application/merge-patch+json', 'application/strategic-merge-patch+json', 'application/apply-patch+yaml'];

/**
 * Decodes a PATCH body. An unknown patch type is 415 listing the supported ones; a body that
 * is not JSON is 400 `invalid JSON patch` (patch.go validateAndTranscodePatch).
 */
export function decodePatchBody(contentType: string | undefined, bytes: Buffer): Decoded & { patchType?: string } {
  const mt = mediaType(contentType);
  if (!PATCH_TYPES.includes(mt)) {
    return { ok: false, status: unsupportedMediaType(`the body of the request was in an unknown format - accepted media types include: ${PATCH_TYPES.join(', ')}`) };
  }
  if (mt === 'application/apply-patch+yaml') {
    try {
      return { ok: true, value: yaml.load(bytes.toString('utf8'), { schema: yaml.JSON_SCHEMA }), patchType: mt };
    } catch (e) {
      return { ok: false, status: badRequest(`error encoding patch: yaml: ${(e as Error).message.split('\n')[0]}`) };
    }
  }
  try {
    return { ok: true, value: JSON.parse(bytes.toString('utf8')), patchType: mt };
  } catch {
    return { ok: false, status: badRequest('invalid JSON patch') };
  }
}

/** The body is empty (DELETE without DeleteOptions, GET). */
export function isEmpty(bytes: Buffer): boolean {
  return bytes.length === 0 || bytes.toString('utf8').trim() === '';
}
