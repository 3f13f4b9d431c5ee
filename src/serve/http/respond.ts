/**
 * Writing answers: JSON objects and Status errors with the apiserver's headers, plain text
 * for logs, and `Warning: 299 - "..."` headers for admission warnings.
 */
import type { ServerResponse } from 'node:http';
import type { Status } from '../../sim/index.js';
import type { HttpReply } from '../types.js';

/**
 * One Warning header value as the apiserver formats it (k8s.io/apimachinery pkg/util/net
 * NewWarningHeader): code 299, agent `-`, the text quoted with `"` and `\` escaped.
 */
export function warningHeader(text: string): string {
  // Control characters cannot travel in a header; UTF-8 goes as its bytes (Node writes
  // header strings as latin1, one byte per character).
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  const quoted = `299 - "${clean.replace(/["\\]/g, (c) => `\\${c}`)}"`;
  return Buffer.from(quoted, 'utf8').toString('latin1');
}

/** The Content-Type of a Table answer: the media type the client's Accept chose. */
export const TABLE_CONTENT_TYPE = 'application/json;as=Table;v=v1;g=meta.k8s.io';

/** Sends `body` as JSON with status `code`, adding Warning headers. */
export function sendJson(res: ServerResponse, code: number, body: unknown, warnings?: string[], contentType = 'application/json'): void {
  const text = JSON.stringify(body);
  const headers: Record<string, string | string[]> = {
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-cache, private',
  };
  if (warnings?.length) headers.Warning = warnings.map(warningHeader);
  res.writeHead(code, headers);
  res.end(text);
}

/** Sends a metav1.Status with its own code. */
export function sendStatus(res: ServerResponse, status: Status): void {
  sendJson(res, status.code, status);
}

/** Sends plain text (pods/log). */
export function sendText(res: ServerResponse, code: number, text: string): void {
  res.writeHead(code, { 'Content-Type': 'text/plain', 'Content-Length': String(Buffer.byteLength(text)), 'Cache-Control': 'no-cache, private' });
  res.end(text);
}

/** Sends a complete reply built elsewhere (the meta endpoints). */
export function sendReply(res: ServerResponse, reply: HttpReply): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : Buffer.from(reply.body);
  res.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(body.length) });
  res.end(body);
}

/** 404 for a path the server does not serve (the apiserver's NotFound handler). */
export function pathNotFound(): Status {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server could not find the requested resource', reason: 'NotFound', details: {}, code: 404 };
}
