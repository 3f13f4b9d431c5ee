/**
 * Printers of the kinds that configure the API server itself: admission webhooks and
 * policies, APIServices, API priority and fairness (the matching print* functions of
 * kubernetes/kubernetes pkg/printers/internalversion/printers.go, 1.33 column sets; APIService's
 * table is kube-aggregator's pkg/registry/apiservice/etcd/etcd.go ConvertToTable).
 */
import type { KObject } from '../types.js';
import { since } from './helpers.js';
import { col, nameCol, registerTable } from './table-registry.js';

const webhooks = {
  columns: [nameCol(), col('Webhooks', 'integer'), col('Age')],
  row: (o: KObject, ctx: { now: number }) => [o.metadata.name, (o.webhooks ?? []).length, since(o.metadata.creationTimestamp, ctx)],
};
registerTable('mutatingwebhookconfigurations.admissionregistration.k8s.io', webhooks);
registerTable('validatingwebhookconfigurations.admissionregistration.k8s.io', webhooks);

registerTable('validatingadmissionpolicies.admissionregistration.k8s.io', {
  columns: [nameCol(), col('Validations', 'integer'), col('ParamKind'), col('Age')],
  row(p, ctx) {
    const pk = p.spec?.paramKind;
    const paramKind = pk ? `${pk.apiVersion ?? ''}/${pk.kind ?? ''}` : '<unset>';
    return [p.metadata.name, (p.spec?.validations ?? []).length, paramKind, since(p.metadata.creationTimestamp, ctx)];
  },
});

registerTable('validatingadmissionpolicybindings.admissionregistration.k8s.io', {
  columns: [nameCol(), col('PolicyName'), col('ParamRef'), col('Age')],
  row(b, ctx) {
    const pr = b.spec?.paramRef;
    let param = '<unset>';
    // A named param without a namespace may be cluster-scoped: upstream prints `*/name`.
    if (pr?.name) param = pr.namespace ? `${pr.namespace}/${pr.name}` : `*/${pr.name}`;
    return [b.metadata.name, b.spec?.policyName ?? '', param, since(b.metadata.creationTimestamp, ctx)];
  },
});

registerTable('apiservices.apiregistration.k8s.io', {
  columns: [nameCol(), col('Service'), col('Available'), col('Age')],
  row(a, ctx) {
    const svc = a.spec?.service;
    const service = svc ? `${svc.namespace ?? ''}/${svc.name ?? ''}` : 'Local';
    const cond = (a.status?.conditions ?? []).find((c: { type: string }) => c.type === 'Available');
    let available = 'Unknown';
    if (cond) available = cond.status !== 'True' && cond.reason ? `${cond.status} (${cond.reason})` : cond.status;
    return [a.metadata.name, service, available, since(a.metadata.creationTimestamp, ctx)];
  },
});

registerTable('flowschemas.flowcontrol.apiserver.k8s.io', {
  columns: [nameCol(), col('PriorityLevel'), col('MatchingPrecedence'), col('DistinguisherMethod'), col('Age'), col('MissingPL')],
  row(fs, ctx) {
    const dangling = (fs.status?.conditions ?? []).find((c: { type: string }) => c.type === 'Dangling');
    return [
      fs.metadata.name, fs.spec?.priorityLevelConfiguration?.name ?? '', fs.spec?.matchingPrecedence ?? 0,
      fs.spec?.distinguisherMethod?.type ?? '<none>', since(fs.metadata.creationTimestamp, ctx), dangling?.status ?? '?',
    ];
  },
});

registerTable('prioritylevelconfigurations.flowcontrol.apiserver.k8s.io', {
  columns: [nameCol(), col('Type'), col('NominalConcurrencyShares'), col('Queues'), col('HandSize'), col('QueueLengthLimit'), col('Age')],
  row(pl, ctx) {
    const limited = pl.spec?.limited;
    const queuing = limited?.limitResponse?.queuing;
    const cell = (v: unknown) => (v === undefined || v === null ? '<none>' : v);
    return [
      pl.metadata.name, pl.spec?.type ?? '', limited ? limited.nominalConcurrencyShares ?? 0 : '<none>',
      queuing ? cell(queuing.queues) : '<none>', queuing ? cell(queuing.handSize) : '<none>', queuing ? cell(queuing.queueLengthLimit) : '<none>',
      since(pl.metadata.creationTimestamp, ctx),
    ];
  },
});
