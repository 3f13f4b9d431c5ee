/**
 * The server's parts written alongside it: discovery/OpenAPI (meta), the protobuf body
 * decoder and the upgrade handler (exec). Tests may swap them (overrideParts).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Cluster, UserInfo } from '../../sim/index.js';
import { decodeProtobuf } from '../protobuf/index.js';
import type { MetaHandler, ProtobufDecoder } from '../types.js';
import { handleUpgrade } from '../upgrade/index.js';

export type UpgradeHandler = (cluster: Cluster, req: IncomingMessage, socket: Duplex, head: Buffer, user: UserInfo) => void;

export interface ServerParts {
  meta?: MetaHandler;
  protobuf?: ProtobufDecoder;
  upgrade?: UpgradeHandler;
}

async function optional(specifier: string): Promise<Record<string, unknown> | undefined> {
  try {
    return (await import(specifier)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

let cached: Promise<ServerParts> | undefined;

/** Replaces the parts (tests that run with a stand-in). */
export function overrideParts(parts: ServerParts): void {
  cached = Promise.resolve(parts);
}

/** Loads the parts once per process. */
export function loadParts(): Promise<ServerParts> {
  cached ??= (async () => {
    // TEMPORARY: meta is loaded by path until src/serve/meta/index.ts is committed.
    const meta = await optional('../meta/index.js');
    return { meta: meta?.serveMeta as MetaHandler | undefined, protobuf: decodeProtobuf, upgrade: handleUpgrade };
  })();
  return cached;
}
