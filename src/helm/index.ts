/**
 * Public API of the Helm emulation's cluster-free half: chart loading, value merging,
 * `helm template` rendering, the `helm create` starter, and the pieces a CLI layer reuses
 * (toYaml emitter, manifest sorting, Go template engine).
 */
export { loadChartDir, loadChartFromFiles, validateMetadata, type ChartReader, type LoadResult } from './chart/load.js';
export type { Chart, ChartDependency, ChartFile, ChartMetadata } from './chart/types.js';
export { chartFullPath } from './chart/types.js';
export { coalesceValues, coalesceValuesChecked, mergeMaps, mergeUserValues, mergeValues, type MergeResult, type ValueOptions } from './chart/values.js';
export { parseSetInto, typedVal } from './chart/strvals.js';
export { DEFAULT_KUBE_VERSION, HELM_VERSION, type ReleaseOptions } from './chart/context.js';
export { HelmIgnore } from './chart/helmignore.js';
export { crdObjects, renderChart, renderTemplates, templateText, type RenderOptions, type RenderOutput, type RenderResult } from './render.js';
export { INSTALL_ORDER, manifestText, sortByKind, sortManifests, splitManifests, type Hook, type Manifest } from './manifests.js';
export { renderFiles, type LookupFn, type Renderable } from './engine.js';
export { createStarterChart, starterFiles, CHART_NAME_RE, type StarterResult } from './starter/index.js';
export { toYaml } from './funcs/helm.js';
export { marshalJson, toJsonShape } from './funcs/json.js';
export { GoStruct, Int64, NO_VALUE, isMap } from './template/values.js';
export type { FuncEnv } from './funcs/index.js';
export { emitYaml } from './yaml/emit.js';
export { parseYaml, parseYamlMap } from './yaml/parse.js';

// The CLI and release layer (what the learner's shell and the grader use).
export { runHelm } from './cli/index.js';
export type { HelmFiles, HelmSession } from './cli/types.js';
export { newRepoState, type RepoState } from './repo/index.js';
export { ReleaseStorage } from './release/index.js';
