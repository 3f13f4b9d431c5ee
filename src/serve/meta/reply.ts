/** HttpReply builders for the meta endpoints. */
import { methodNotAllowed, type Status } from '../../sim/index.js';
import type { HttpReply } from '../types.js';

const enc = new TextEncoder();

/** 200 with prebuilt bytes (or a string) and the given Content-Type. */
export function bytesReply(body: Uint8Array | string, contentType: string, extra: Record<string, string> = {}): HttpReply {
  return { status: 200, headers: { 'Content-Type': contentType, ...extra }, body: typeof body === 'string' ? enc.encode(body) : body };
}

/** 200 `application/json` with the compact JSON of `value`, as the apiserver's serializer writes it. */
export function jsonReply(value: unknown): HttpReply {
  return bytesReply(JSON.stringify(value), 'application/json');
}

export function statusReply(s: Status): HttpReply {
  return { status: s.code, headers: { 'Content-Type': 'application/json' }, body: enc.encode(JSON.stringify(s)) };
}

/** The apiserver's answer to a path nothing serves (the NotFound handler's Status). */
export function notFoundReply(): HttpReply {
  return statusReply({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server could not find the requested resource', reason: 'NotFound', details: {}, code: 404 });
}

/** A meta path asked with a method it does not take. */
export function methodReply(): HttpReply {
  return statusReply(methodNotAllowed('the server does not allow this method on the requested resource'));
}
