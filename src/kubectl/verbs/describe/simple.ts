/** Namespace, ConfigMap, Secret and ServiceAccount describers (describe.go). */
import { R, type KObject } from '../../../sim/index.js';
import { eventsSection, refOf } from './events.js';
import { annotationsMultiline, labelsMultiline, PrefixWriter, type DescribeContext } from './writer.js';

export function describeNamespace(obj: KObject, ctx: DescribeContext): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  labelsMultiline(w, 'Labels', obj.metadata.labels);
  annotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  w.write(0, `Status:\t${obj.status?.phase ?? ''}\n`);
  const conditions: { type: string; status: string; lastTransitionTime?: string; reason?: string; message?: string }[] = obj.status?.conditions ?? [];
  if (conditions.length) {
    w.write(0, 'Conditions:\n');
    w.write(1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t------------------\t------\t-------\n');
    for (const c of conditions) w.write(1, `${c.type}\t${c.status}\t${c.lastTransitionTime ?? ''}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
  }
  const quotas = ctx.client.list({ group: '', resource: 'resourcequotas' }, obj.metadata.name);
  w.write(0, '\n');
  if (!quotas.ok || !quotas.value.items.length) w.write(0, 'No resource quota.\n');
  else w.write(0, 'Resource Quotas\n');
  const limits = ctx.client.list({ group: '', resource: 'limitranges' }, obj.metadata.name);
  w.write(0, '\n');
  if (!limits.ok || !limits.value.items.length) w.write(0, 'No LimitRange resource.\n');
  else w.write(0, 'Resource Limits\n');
  return w.toString();
}

export function describeConfigMap(obj: KObject, ctx: DescribeContext): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', obj.metadata.labels);
  annotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  w.write(0, '\nData\n====\n');
  // Go ranges over the map in random order; sorted keys keep our output reproducible.
  const data: Record<string, string> = obj.data ?? {};
  for (const k of Object.keys(data).sort()) {
    w.write(0, `${k}:\n----\n`);
    w.write(0, `${data[k]}\n`);
    w.write(0, '\n');
  }
  w.write(0, '\nBinaryData\n====\n');
  const bin: Record<string, string> = obj.binaryData ?? {};
  for (const k of Object.keys(bin).sort()) w.write(0, `${k}: ${Buffer.from(bin[k], 'base64').length} bytes\n`);
  w.write(0, '\n');
  eventsSection(w, ctx, refOf(obj));
  return w.toString();
}

export function describeSecret(obj: KObject): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', obj.metadata.labels);
  annotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  w.write(0, `\nType:\t${obj.type ?? ''}\n`);
  w.write(0, '\nData\n====\n');
  const data: Record<string, string> = obj.data ?? {};
  for (const k of Object.keys(data).sort()) {
    const bytes = Buffer.from(data[k], 'base64');
    if (k === 'token' && obj.type === 'kubernetes.io/service-account-token') w.write(0, `${k}:\t${bytes.toString('utf8')}\n`);
    else w.write(0, `${k}:\t${bytes.length} bytes\n`);
  }
  return w.toString();
}

export function describeServiceAccount(obj: KObject, ctx: DescribeContext): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', obj.metadata.labels);
  annotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  const secrets = ctx.client.list(R.secrets, obj.metadata.namespace);
  const existing = new Set(secrets.ok ? secrets.value.items.map((s) => s.metadata.name) : []);
  const tokens = secrets.ok
    ? secrets.value.items.filter((s) => s.type === 'kubernetes.io/service-account-token'
      && s.metadata.annotations?.['kubernetes.io/service-account.name'] === obj.metadata.name
      && s.metadata.annotations?.['kubernetes.io/service-account.uid'] === obj.metadata.uid).map((s) => s.metadata.name!)
    : [];
  const names = (list: { name: string }[] | undefined) => (list ?? []).map((s) => s.name);
  // Headers in sorted order, as describe.go iterates sets.List(keys).
  const rows: [string, string[]][] = [
    ['Image pull secrets:', names(obj.imagePullSecrets)],
    ['Mountable secrets: ', names(obj.secrets)],
    ['Tokens:            ', tokens],
  ];
  for (const [header, list] of rows) {
    if (!list.length) {
      w.write(0, `${header}\t<none>\n`);
      continue;
    }
    let prefix = header;
    for (const n of list) {
      w.write(0, `${prefix}\t${n}${secrets.ok && !existing.has(n) ? ' (not found)' : ''}\n`);
      prefix = '                   ';
    }
  }
  eventsSection(w, ctx, refOf(obj));
  return w.toString();
}
