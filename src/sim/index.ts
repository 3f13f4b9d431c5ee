/** Public surface of the simulator. Nothing outside src/sim reaches past this file. */
export { Api, forbiddenReason } from './api.js';
export type { ApiRequest, ApiResponse, Attributes, Authorizer, Verb, WatchCallback, SubresourceHandler, CreateHandler } from './api.js';
export { ApiClient, R } from './client.js';
export type { ResourceRef, Result } from './client.js';
export { VirtualClock, rfc3339, parseTime } from './clock.js';
export { Cluster, DEFAULT_NODES, DEFAULT_START } from './cluster.js';
export type { ClusterOptions, ClusterPlugin, NodeConfig } from './cluster.js';
export * from './errors.js';
export * from './labels.js';
export { deepClone, deepEqual, canonicalJson, keyOf } from './objects.js';
export * from './registry.js';
export { GROUP_PRIORITY, versionPriority } from './api-groups.js';
export { KUBERNETES_VERSION, versionInfo } from './version.js';
export { SeededRandom, NAME_ALPHABET } from './random.js';
export type { Store, StoreEvent } from './store.js';
export { toTable, converterFor, humanDuration, shortHumanDuration } from './tables/index.js';
export type { Table, TableColumn, TableRow } from './tables/index.js';
export type { Timeline, TimelineEntry, ObjectEntry } from './timeline.js';
export { computeHash, POD_TEMPLATE_HASH_LABEL } from './controllers/pod-template-hash.js';
export { isPodReady, isPodAvailable } from './controllers/replicaset/pod-availability.js';
export {
  REVISION_ANNOTATION, REVISION_HISTORY_ANNOTATION, DESIRED_REPLICAS_ANNOTATION, MAX_REPLICAS_ANNOTATION, equalIgnoreHash, resolveFenceposts,
} from './controllers/deployment/util.js';
export * from './types.js';
// From the node model's modules themselves (not node/index.js), so a test that swaps the
// node-model plugin for a stand-in kubelet keeps these.
export { sendRequest, PROXY_DELAY_MS } from './node/traffic.js';
export type { SendRequestOptions, SendResult } from './node/traffic.js';
export { startRequestStream } from './node/request-stream.js';
export type { RequestStream } from './node/request-stream.js';
export { setInPodKubectl } from './node/state.js';
export type { ExecResult } from './node/state.js';
export { IMAGES } from './node/catalog.js';
export type { ImageSpec } from './node/catalog-types.js';
export { parseImageRef } from './node/image-ref.js';
export { tryStrategicMerge, applyStrategicPatch } from './patch/strategic.js';
export type { MergeOptions } from './patch/strategic.js';
export { schemaForKind, lookupField } from './patch/strategic-schema.js';
export type { FieldMeta, SchemaCursor } from './patch/strategic-schema.js';
export { isConfigMapKey, isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidLabelValue } from './admission/validation/names.js';
export { canonicalQuantity } from './admission/quantity-format.js';
export { cronScheduleError } from './admission/validation/cron.js';
export { applyMergePatch } from './patch/merge-patch.js';
export { applyJsonPatch } from './patch/json-patch.js';
export { fieldOwners, upgradeManagedFields, LAST_APPLIED_FIELD_PATH } from './managed-fields-csa.js';
export type { ManagedFieldsEntry } from './managed-fields-entries.js';
export {
  selfSubjectAccessReview, selfSubjectRulesReview, authenticateBearerToken, serviceAccountUser, serviceAccountUsername,
  splitServiceAccountUsername, issueServiceAccountToken, ruleAllows, impersonateUser,
} from './auth/index.js';
export type { AccessReviewSpec, AccessReviewStatus, RulesReviewStatus, PolicyRule, ImpersonationRequest, ImpersonationResult } from './auth/index.js';
