/**
 * HorizontalPodAutoscalers (printHorizontalPodAutoscaler, formatHPAMetrics in
 * kubernetes/kubernetes pkg/printers/internalversion/printers.go). Only Resource metrics
 * are formatted in full; other metric types print `<unknown>/<target>`-style cells.
 */
import type { KObject } from '../types.js';
import { since } from './helpers.js';
import { col, nameCol, registerTable } from './table-registry.js';

function resourceMetric(spec: any, status: any): string {
  const target = spec.resource?.target ?? {};
  const name = spec.resource?.name ?? '';
  if (target.averageValue !== undefined) {
    const current = status?.resource?.current?.averageValue ?? '<unknown>';
    return `${name}: ${current}/${target.averageValue}`;
  }
  const util = status?.resource?.current?.averageUtilization;
  const current = util !== undefined ? `${util}%` : '<unknown>';
  const want = target.averageUtilization !== undefined ? `${target.averageUtilization}%` : '<auto>';
  return `${name}: ${current}/${want}`;
}

function metrics(hpa: KObject): string {
  const specs: any[] = hpa.spec?.metrics ?? [];
  const statuses: any[] = hpa.status?.currentMetrics ?? [];
  if (!specs.length) return '<none>';
  const list = specs.map((s, i) => (s.type === 'Resource' ? resourceMetric(s, statuses[i]) : '<unknown>'));
  const shown = list.slice(0, 2).join(', ');
  return list.length > 2 ? `${shown} + ${list.length - 2} more...` : shown;
}

registerTable('horizontalpodautoscalers.autoscaling', {
  columns: [nameCol(), col('Reference'), col('Targets'), col('MinPods'), col('MaxPods'), col('Replicas'), col('Age')],
  row(hpa, ctx) {
    const ref = hpa.spec?.scaleTargetRef ?? {};
    const min = hpa.spec?.minReplicas;
    return [
      hpa.metadata.name, `${ref.kind ?? ''}/${ref.name ?? ''}`, metrics(hpa), min === undefined || min === null ? '<unset>' : String(min),
      hpa.spec?.maxReplicas ?? 0, hpa.status?.currentReplicas ?? 0, since(hpa.metadata.creationTimestamp, ctx),
    ];
  },
});
