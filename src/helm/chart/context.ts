/**
 * The objects templates reach besides .Values: `.Chart` (*chart.Metadata), `.Capabilities`
 * (kube version, API versions, Helm version), `.Files` (non-template chart files with Get, Glob,
 * Lines, AsConfig, AsSecrets) and `.Release` (a map, as in Helm).
 */
import { fixed } from '../funcs/func.js';
import { toYaml } from '../funcs/helm.js';
import { GoStruct } from '../template/values.js';
import type { ChartDependency, ChartFile, ChartMetadata } from './types.js';

/** Helm version the simulator reports (`helm version`, `.Capabilities.HelmVersion`). */
export const HELM_VERSION = 'v3.21.4';
/** Kubernetes version of the simulated cluster. */
export const DEFAULT_KUBE_VERSION = 'v1.33.0';

/** API group versions the simulated cluster serves (for `.Capabilities.APIVersions.Has`). */
export const DEFAULT_API_VERSIONS = [
  'v1', 'apps/v1', 'batch/v1', 'autoscaling/v1', 'autoscaling/v2', 'policy/v1',
  'networking.k8s.io/v1', 'rbac.authorization.k8s.io/v1', 'storage.k8s.io/v1',
  'apiextensions.k8s.io/v1', 'admissionregistration.k8s.io/v1', 'coordination.k8s.io/v1',
  'discovery.k8s.io/v1', 'events.k8s.io/v1', 'scheduling.k8s.io/v1', 'node.k8s.io/v1',
  'certificates.k8s.io/v1', 'apiregistration.k8s.io/v1', 'authentication.k8s.io/v1',
  'authorization.k8s.io/v1', 'flowcontrol.apiserver.k8s.io/v1',
  // With a cluster, Helm also lists "group/version/Kind" for every served resource.
  'v1/ConfigMap', 'v1/Secret', 'v1/Service', 'v1/Pod', 'v1/ServiceAccount', 'v1/Namespace',
  'v1/PersistentVolumeClaim', 'v1/PersistentVolume', 'v1/ReplicationController', 'v1/Endpoints',
  'v1/Event', 'v1/LimitRange', 'v1/ResourceQuota', 'v1/Node',
  'apps/v1/Deployment', 'apps/v1/ReplicaSet', 'apps/v1/StatefulSet', 'apps/v1/DaemonSet',
  'batch/v1/Job', 'batch/v1/CronJob', 'autoscaling/v2/HorizontalPodAutoscaler', 'autoscaling/v1/HorizontalPodAutoscaler',
  'policy/v1/PodDisruptionBudget', 'networking.k8s.io/v1/Ingress', 'networking.k8s.io/v1/IngressClass',
  'networking.k8s.io/v1/NetworkPolicy', 'rbac.authorization.k8s.io/v1/Role', 'rbac.authorization.k8s.io/v1/RoleBinding',
  'rbac.authorization.k8s.io/v1/ClusterRole', 'rbac.authorization.k8s.io/v1/ClusterRoleBinding',
  'storage.k8s.io/v1/StorageClass', 'discovery.k8s.io/v1/EndpointSlice', 'scheduling.k8s.io/v1/PriorityClass',
  'apiextensions.k8s.io/v1/CustomResourceDefinition', 'coordination.k8s.io/v1/Lease',
];

function maintainerStruct(m: { name?: string; email?: string; url?: string }): GoStruct {
  const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
  return new GoStruct('*chart.Maintainer', { Name: s(m?.name), Email: s(m?.email), URL: s(m?.url) }, {}, () => m);
}

function dependencyStruct(d: ChartDependency): GoStruct {
  const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
  return new GoStruct('*chart.Dependency', {
    Name: s(d?.name), Version: s(d?.version), Repository: s(d?.repository), Condition: s(d?.condition),
    Tags: d?.tags ?? null, Enabled: d?.enabled ?? false, ImportValues: d?.['import-values'] ?? null, Alias: s(d?.alias),
  }, {}, () => d);
}

/**
 * The `.Chart` value: Helm v3.21 passes `struct { chart.Metadata; IsRoot bool }` (engine.go
 * recAllTpls), so Metadata's fields are promoted and `.Chart.IsRoot` exists.
 */
export function chartStruct(md: ChartMetadata, isRoot = true): GoStruct {
  const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
  const fields: Record<string, unknown> = {
    Name: s(md.name), Home: s(md.home), Sources: md.sources ?? null, Version: s(md.version),
    Description: s(md.description), Keywords: md.keywords ?? null, Maintainers: md.maintainers ? md.maintainers.map(maintainerStruct) : null,
    Icon: s(md.icon), APIVersion: s(md.apiVersion), Condition: s(md.condition), Tags: s(md.tags),
    AppVersion: s(md.appVersion), Deprecated: md.deprecated === true, Annotations: md.annotations ?? null,
    KubeVersion: s(md.kubeVersion), Dependencies: md.dependencies ? md.dependencies.map(dependencyStruct) : null, Type: s(md.type),
    IsRoot: isRoot,
  };
  const json = (): Record<string, unknown> => {
    const o: Record<string, unknown> = {};
    const put = (k: string, v: unknown): void => {
      if (v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0)) return;
      o[k] = v;
    };
    put('name', md.name); put('home', md.home); put('sources', md.sources); put('version', s(md.version));
    put('description', md.description); put('keywords', md.keywords); put('maintainers', md.maintainers);
    put('icon', md.icon); put('apiVersion', md.apiVersion); put('condition', md.condition); put('tags', md.tags);
    put('appVersion', md.appVersion); put('deprecated', md.deprecated); put('annotations', md.annotations);
    put('kubeVersion', md.kubeVersion); put('dependencies', md.dependencies); put('type', md.type);
    o.IsRoot = isRoot;
    return o;
  };
  return new GoStruct('struct { chart.Metadata; IsRoot bool }', fields, {}, json);
}

/** `.Capabilities` for a kube version like `v1.33.0`. */
export function capabilitiesStruct(kubeVersion = DEFAULT_KUBE_VERSION, apiVersions: string[] = DEFAULT_API_VERSIONS): GoStruct {
  const m = /^v?(\d+)\.(\d+)/.exec(kubeVersion);
  const kv = new GoStruct('chartutil.KubeVersion', {
    Version: kubeVersion, Major: m?.[1] ?? '', Minor: m?.[2] ?? '',
  }, {
    GitVersion: fixed([], () => kubeVersion),
    String: fixed([], () => kubeVersion),
  }, () => ({ version: kubeVersion, major: m?.[1] ?? '', minor: m?.[2] ?? '' }), () => kubeVersion);
  const apis = new GoStruct('chartutil.VersionSet', {}, {
    Has: fixed(['string'], (v: string) => apiVersions.includes(v)),
  }, () => apiVersions.slice(), () => `[${apiVersions.join(' ')}]`);
  const helm = new GoStruct('helmversion.BuildInfo', {
    Version: HELM_VERSION, GitCommit: '', GitTreeState: 'clean', GoVersion: 'go1.24.0',
  });
  return new GoStruct('*chartutil.Capabilities', { APIVersions: apis, KubeVersion: kv, HelmVersion: helm }, {}, () => ({
    APIVersions: apiVersions.slice(),
    KubeVersion: { version: kubeVersion, major: m?.[1] ?? '', minor: m?.[2] ?? '' },
    HelmVersion: { version: HELM_VERSION, git_commit: '', git_tree_state: 'clean', go_version: 'go1.24.0' },
  }));
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      re += '(' + glob.slice(i + 1, end).split(',').map((p) => p.replace(/[.+^$()|[\]\\]/g, '\\$&')).join('|') + ')';
      i = end;
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

/** `.Files`: Helm's files map with its methods. */
export function filesStruct(files: ChartFile[]): GoStruct {
  const map = new Map(files.map((f) => [f.name, f.data]));
  const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
  return new GoStruct('engine.files', {}, {
    Get: fixed(['string'], (n: string) => map.get(n) ?? ''),
    GetBytes: fixed(['string'], (n: string) => new TextEncoder().encode(map.get(n) ?? '')),
    Glob: fixed(['string'], (pattern: string) => {
      const re = globToRegExp(pattern);
      return filesStruct(files.filter((f) => re.test(f.name)));
    }),
    Lines: fixed(['string'], (n: string) => {
      const s = map.get(n) ?? '';
      return s === '' ? [] : s.replace(/\n$/, '').split('\n');
    }),
    // A files map is never nil here, so an empty one gives "{}" (pkg/engine/files.go).
    AsConfig: fixed([], () => {
      const m: Record<string, unknown> = {};
      for (const f of files) m[base(f.name)] = f.data;
      return toYaml(m);
    }),
    AsSecrets: fixed([], () => {
      const m: Record<string, unknown> = {};
      for (const f of files) m[base(f.name)] = Buffer.from(f.data, 'utf8').toString('base64');
      return toYaml(m);
    }),
  }, () => Object.fromEntries(files.map((f) => [f.name, Buffer.from(f.data).toString('base64')])));
}

/** Release options as templates see them in `.Release`. */
export interface ReleaseOptions {
  name: string;
  namespace: string;
  revision?: number;
  isInstall?: boolean;
  isUpgrade?: boolean;
}

/** `.Release` (a map in Helm, so missing fields print as nothing). */
export function releaseMap(r: ReleaseOptions): Record<string, unknown> {
  const install = r.isInstall ?? !r.isUpgrade;
  return {
    Name: r.name, Namespace: r.namespace, IsUpgrade: r.isUpgrade ?? false, IsInstall: install,
    Revision: BigInt(r.revision ?? 1), Service: 'Helm',
  };
}
