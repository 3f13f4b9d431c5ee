/**
 * The server's pluggable parts written alongside it: discovery/OpenAPI (meta), the
 * protobuf body decoder and the upgrade handler (exec). Loaded by module path so the
 * server runs (answering 404/415/400 for what is missing) while a part is absent.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Cluster, UserInfo } from '../../sim/index.js';
import type { MetaHandler, ProtobufDecoder } from '../types.js';

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

/** Replaces the parts (tests that run before a part exists, or with a stand-in). */
export function overrideParts(parts: ServerParts): void {
  cached = Promise.resolve(parts);
}

/** Loads the parts once per process. */
export function loadParts(): Promise<ServerParts> {
  cached ??= (async () => {
    const [meta, proto, upgrade] = await Promise.all([optional('../meta/index.js'), optional('../protobuf/index.js'), optional('../upgrade/index.js')]);
    return {
      meta: meta?.serveMeta as MetaHandler | undefined,
      protobuf: proto?.decodeProtobuf as ProtobufDecoder | undefined,
      upgrade: upgrade?.handleUpgrade as UpgradeHandler | undefined,
    };
  })();
  return cached;
}
