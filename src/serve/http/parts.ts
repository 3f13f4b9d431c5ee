/**
 * The server's parts written alongside it: discovery/OpenAPI (meta), the protobuf body
 * decoder and the upgrade handler (exec). Tests may swap them (overrideParts).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Cluster, UserInfo } from '../../sim/index.js';
import { serveMeta } from '../meta/index.js';
import { decodeProtobuf } from '../protobuf/index.js';
import type { MetaHandler, ProtobufDecoder } from '../types.js';
import { handleUpgrade } from '../upgrade/index.js';

export type UpgradeHandler = (cluster: Cluster, req: IncomingMessage, socket: Duplex, head: Buffer, user: UserInfo) => void;

export interface ServerParts {
  meta?: MetaHandler;
  protobuf?: ProtobufDecoder;
  upgrade?: UpgradeHandler;
}

const DEFAULT_PARTS: ServerParts = { meta: serveMeta, protobuf: decodeProtobuf, upgrade: handleUpgrade };
let current: ServerParts = DEFAULT_PARTS;

/** Replaces the parts for servers started afterwards (tests with stand-ins). */
export function overrideParts(parts: ServerParts): void {
  current = parts;
}

/** The parts a new server uses. */
export function loadParts(): Promise<ServerParts> {
  return Promise.resolve(current);
}
