/**
 * The live cluster panel's data: pods (status, ready, restarts), deployments, services and
 * endpoints of one namespace, with the cells the API server's Table printer gives `kubectl get`
 * (so a pod's STATUS reads exactly as in `kubectl get pods`: ContainerCreating,
 * ImagePullBackOff, Terminating...).
 */
import { storageKey, resolveResource, toTable, type Cluster } from '../../sim/index.js';

export interface PanelSection {
  title: string;
  header: string[];
  rows: string[][];
}

interface SectionSpec {
  title: string;
  resource: string;
  /** Column names as kubectl prints them (upper case, spaces as dashes). */
  columns: string[];
}

/** What the panel shows, in order. */
export const PANEL_SECTIONS: SectionSpec[] = [
  { title: 'Pods', resource: 'pods', columns: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'] },
  { title: 'Deployments', resource: 'deployments', columns: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE'] },
  { title: 'Services', resource: 'services', columns: ['NAME', 'TYPE', 'CLUSTER-IP', 'PORT(S)'] },
  { title: 'Endpoints', resource: 'endpoints', columns: ['NAME', 'ENDPOINTS'] },
];

const headerName = (n: string): string => n.toUpperCase().replace(/ /g, '-');

/** A snapshot of the panel for `namespace` at the cluster's current virtual time. */
export function panelSnapshot(cluster: Cluster, namespace = 'default'): PanelSection[] {
  return PANEL_SECTIONS.map((spec) => {
    const type = resolveResource(spec.resource);
    if (!type) return { title: spec.title, header: spec.columns, rows: [] };
    const key = storageKey(type);
    let objects = cluster.store.list(key, namespace);
    // The `kubernetes` service and its endpoints are the API server's own: not the learner's.
    if (spec.resource === 'services' || spec.resource === 'endpoints') objects = objects.filter((o) => o.metadata.name !== 'kubernetes');
    const table = toTable(key, objects, { now: cluster.now() }, undefined, false);
    const idx = spec.columns.map((c) => table.columnDefinitions.findIndex((d) => headerName(d.name) === c));
    return {
      title: spec.title,
      header: spec.columns,
      rows: table.rows.map((r) => idx.map((i) => (i >= 0 ? String(r.cells[i] ?? '') : ''))),
    };
  });
}

/** Lays out a section as aligned text lines (3 spaces between columns, as kubectl). */
export function sectionLines(s: PanelSection, width: number): string[] {
  if (s.rows.length === 0) return [];
  const all = [s.header, ...s.rows];
  const widths = s.header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] + 3))).join('').slice(0, width));
}
