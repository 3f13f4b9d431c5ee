/**
 * Deployment, ReplicaSet and ReplicationController describers (describe.go
 * describeDeployment, describeReplicaSet, describeReplicationController).
 */
import { R, formatLabelSelector, formatLabels, fromLabelSelector, fromMap, matches, type Deployment, type KObject, type Pod, type ReplicaSet, type Selector } from '../../../sim/index.js';
import { describePodTemplate } from './containers.js';
import { eventsSection, refOf } from './events.js';
import { annotationsMultiline, conditionsTable, controllerOf, labelsMultiline, rfc1123z, PrefixWriter, type DescribeContext } from './writer.js';

function controllerRefOf(obj: KObject) {
  return obj.metadata.ownerReferences?.find((r) => r.controller);
}

/** getPodStatusForController: phases of the pods this controller owns. */
function podsStatus(ctx: DescribeContext, obj: KObject, selector: Selector | undefined): string {
  const counts = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 };
  const res = ctx.client.list<Pod>(R.pods, obj.metadata.namespace);
  if (res.ok) {
    for (const p of res.value.items) {
      if (!selector || !matches(selector, p.metadata.labels)) continue;
      if (controllerRefOf(p)?.uid !== obj.metadata.uid) continue;
      const phase = p.status?.phase as keyof typeof counts | undefined;
      if (phase && phase in counts) counts[phase]++;
    }
  }
  return `${counts.Running} Running / ${counts.Pending} Waiting / ${counts.Succeeded} Succeeded / ${counts.Failed} Failed`;
}

export function describeReplicaSet(obj: KObject, ctx: DescribeContext): string {
  const rs = obj as ReplicaSet;
  const w = new PrefixWriter();
  w.write(0, `Name:\t${rs.metadata.name}\n`);
  w.write(0, `Namespace:\t${rs.metadata.namespace}\n`);
  w.write(0, `Selector:\t${formatLabelSelector(rs.spec.selector)}\n`);
  labelsMultiline(w, 'Labels', rs.metadata.labels);
  annotationsMultiline(w, 'Annotations', rs.metadata.annotations);
  const controlledBy = controllerOf(rs);
  if (controlledBy) w.write(0, `Controlled By:\t${controlledBy}\n`);
  w.write(0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec.replicas ?? 0} desired\n`);
  w.write(0, 'Pods Status:\t');
  w.write(0, `${podsStatus(ctx, rs, fromLabelSelector(rs.spec.selector))}\n`);
  describePodTemplate(w, rs.spec.template);
  conditionsTable(w, rs.status?.conditions);
  eventsSection(w, ctx, refOf(rs));
  return w.toString();
}

export function describeReplicationController(obj: KObject, ctx: DescribeContext): string {
  const rc = obj as KObject & { spec: { replicas?: number; selector?: Record<string, string>; template?: ReplicaSet['spec']['template'] } };
  const w = new PrefixWriter();
  w.write(0, `Name:\t${rc.metadata.name}\n`);
  w.write(0, `Namespace:\t${rc.metadata.namespace}\n`);
  w.write(0, `Selector:\t${formatLabels(rc.spec.selector)}\n`);
  labelsMultiline(w, 'Labels', rc.metadata.labels);
  annotationsMultiline(w, 'Annotations', rc.metadata.annotations);
  w.write(0, `Replicas:\t${rc.status?.replicas ?? 0} current / ${rc.spec.replicas ?? 0} desired\n`);
  w.write(0, `Pods Status:\t${podsStatus(ctx, rc, fromMap(rc.spec.selector))}\n`);
  describePodTemplate(w, rc.spec.template);
  conditionsTable(w, rc.status?.conditions);
  eventsSection(w, ctx, refOf(rc));
  return w.toString();
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

/** deploymentutil.GetAllReplicaSets: owned RSes split into the new one (template equal ignoring the hash) and all old ones. */
function replicaSetsOf(ctx: DescribeContext, d: Deployment): { oldRSs: ReplicaSet[]; newRS?: ReplicaSet } {
  const res = ctx.client.list<ReplicaSet>(R.replicasets, d.metadata.namespace);
  if (!res.ok) return { oldRSs: [] };
  const owned = res.value.items.filter((rs) => controllerRefOf(rs)?.uid === d.metadata.uid);
  const key = (t: unknown) => {
    const c = JSON.parse(JSON.stringify(t ?? {}));
    if (c.metadata?.labels) delete c.metadata.labels['pod-template-hash'];
    return canonical(c);
  };
  const target = key(d.spec.template);
  const newRS = owned.find((rs) => key(rs.spec.template) === target);
  return { oldRSs: owned.filter((rs) => rs !== newRS), newRS };
}

function rsList(list: ReplicaSet[]): string {
  const s = list.map((rs) => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec.replicas ?? 0} replicas created)`).join(', ');
  return s || '<none>';
}

export function describeDeployment(obj: KObject, ctx: DescribeContext): string {
  const d = obj as Deployment;
  const st = d.status ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${d.metadata.name}\n`);
  w.write(0, `Namespace:\t${d.metadata.namespace}\n`);
  w.write(0, `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp)}\n`);
  labelsMultiline(w, 'Labels', d.metadata.labels);
  annotationsMultiline(w, 'Annotations', d.metadata.annotations);
  const sel = formatLabelSelector(d.spec.selector);
  w.write(0, `Selector:\t${sel === '<none>' ? '' : sel}\n`);
  w.write(0, `Replicas:\t${d.spec.replicas ?? 0} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable\n`);
  w.write(0, `StrategyType:\t${d.spec.strategy?.type ?? ''}\n`);
  w.write(0, `MinReadySeconds:\t${d.spec.minReadySeconds ?? 0}\n`);
  const ru = d.spec.strategy?.rollingUpdate;
  if (ru) w.write(0, `RollingUpdateStrategy:\t${ru.maxUnavailable ?? 0} max unavailable, ${ru.maxSurge ?? 0} max surge\n`);
  describePodTemplate(w, d.spec.template);
  conditionsTable(w, st.conditions);
  const { oldRSs, newRS } = replicaSetsOf(ctx, d);
  if (oldRSs.length || newRS) {
    w.write(0, `OldReplicaSets:\t${rsList(oldRSs)}\n`);
    w.write(0, `NewReplicaSet:\t${rsList(newRS ? [newRS] : [])}\n`);
  }
  eventsSection(w, ctx, refOf(d));
  return w.toString();
}

export function describeDaemonSet(obj: KObject, ctx: DescribeContext): string {
  const st = obj.status ?? {};
  const tmpl = obj.spec?.template;
  const w = new PrefixWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
  const sel = formatLabelSelector(obj.spec?.selector);
  w.write(0, `Selector:\t${sel === '<none>' ? '' : sel}\n`);
  w.write(0, `Node-Selector:\t${formatLabels(tmpl?.spec?.nodeSelector)}\n`);
  labelsMultiline(w, 'Labels', obj.metadata.labels);
  annotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  // These lines have no tab in upstream: they are not aligned.
  w.write(0, `Desired Number of Nodes Scheduled: ${st.desiredNumberScheduled ?? 0}\n`);
  w.write(0, `Current Number of Nodes Scheduled: ${st.currentNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${st.updatedNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Available Pods: ${st.numberAvailable ?? 0}\n`);
  w.write(0, `Number of Nodes Misscheduled: ${st.numberMisscheduled ?? 0}\n`);
  w.write(0, `Pods Status:\t${podsStatus(ctx, obj, fromLabelSelector(obj.spec?.selector))}\n`);
  describePodTemplate(w, tmpl);
  eventsSection(w, ctx, refOf(obj));
  return w.toString();
}

export function describeStatefulSet(obj: KObject, ctx: DescribeContext): string {
  const spec = obj.spec ?? {};
  const w = new PrefixWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
  w.write(0, `CreationTimestamp:\t${rfc1123z(obj.metadata.creationTimestamp)}\n`);
  const sel = formatLabelSelector(spec.selector);
  w.write(0, `Selector:\t${sel === '<none>' ? '' : sel}\n`);
  labelsMultiline(w, 'Labels', obj.metadata.labels);
  annotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  w.write(0, `Replicas:\t${spec.replicas ?? 0} desired | ${obj.status?.replicas ?? 0} total\n`);
  w.write(0, `Update Strategy:\t${spec.updateStrategy?.type ?? ''}\n`);
  const ru = spec.updateStrategy?.rollingUpdate;
  if (ru?.partition !== undefined) {
    w.write(1, `Partition:\t${ru.partition}\n`);
    if (ru.maxUnavailable !== undefined) w.write(1, `MaxUnavailable:\t${ru.maxUnavailable}\n`);
  }
  w.write(0, `Pods Status:\t${podsStatus(ctx, obj, fromLabelSelector(spec.selector))}\n`);
  describePodTemplate(w, spec.template);
  const claims: KObject[] = spec.volumeClaimTemplates ?? [];
  if (!claims.length) w.write(0, 'Volume Claims:\t<none>\n');
  else {
    w.write(0, 'Volume Claims:\n');
    for (const pvc of claims) {
      w.write(1, `Name:\t${pvc.metadata?.name ?? ''}\n`);
      w.write(1, `StorageClass:\t${pvc.spec?.storageClassName ?? ''}\n`);
      labelsMultiline(w, 'Labels', pvc.metadata?.labels, '  ');
      labelsMultiline(w, 'Annotations', pvc.metadata?.annotations, '  ');
      w.write(1, `Capacity:\t${pvc.spec?.resources?.requests?.storage ?? '<default>'}\n`);
      w.write(1, `Access Modes:\t[${(pvc.spec?.accessModes ?? []).join(' ')}]\n`);
    }
  }
  eventsSection(w, ctx, refOf(obj));
  return w.toString();
}
