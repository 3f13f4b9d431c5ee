/**
 * GET /version: version.Info of the API server (k8s.io/apimachinery/pkg/version), written as
 * the apiserver's WriteRawJSON does (json.MarshalIndent with two spaces, no final newline).
 * The version is the first node's kubelet version, as kind runs matching versions; our
 * embedded `kubectl version` reports the same (src/kubectl/verbs/version.ts).
 */
import { KUBERNETES_VERSION, R, versionInfo, type Cluster } from '../../sim/index.js';
import type { HttpReply } from '../types.js';
import { bytesReply } from './reply.js';

/** The server's gitVersion: the kubelet version of the first node (by name), else the simulator's release. */
export function serverGitVersion(cluster: Cluster): string {
  const first = cluster.store.list(R.nodes.resource)[0] as { status?: { nodeInfo?: { kubeletVersion?: unknown } } } | undefined;
  const v = first?.status?.nodeInfo?.kubeletVersion;
  return typeof v === 'string' && v ? v : KUBERNETES_VERSION;
}

/** The /version answer. */
export function versionReply(cluster: Cluster): HttpReply {
  return bytesReply(JSON.stringify(versionInfo(serverGitVersion(cluster), true), null, 2), 'application/json');
}
