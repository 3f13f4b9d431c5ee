/**
 * The release record (helm/helm pkg/release release.go, info.go, status.go, hook.go), with
 * the JSON field names Helm stores in the release Secret.
 */
import type { ChartMetadata } from '../chart/types.js';

/** pkg/release/status.go */
export type ReleaseStatus =
  | 'unknown' | 'deployed' | 'uninstalled' | 'superseded' | 'failed' | 'uninstalling'
  | 'pending-install' | 'pending-upgrade' | 'pending-rollback';

export interface ReleaseInfo {
  /** RFC 3339 with nanoseconds, as Go marshals time.Time; '' for the zero time. */
  first_deployed: string;
  last_deployed: string;
  deleted: string;
  description: string;
  status: ReleaseStatus;
  notes?: string;
}

export interface StoredFile {
  name: string;
  /** base64, as Go marshals []byte. */
  data: string;
}

/** The chart as serialised inside a release (subcharts are not serialised, as upstream). */
export interface StoredChart {
  metadata: ChartMetadata;
  lock: unknown;
  templates: StoredFile[];
  values: Record<string, unknown>;
  schema: string | null;
  files: StoredFile[];
}

export interface StoredHook {
  name: string;
  kind: string;
  path: string;
  manifest: string;
  events: string[];
  last_run: { started_at: string; completed_at: string; phase: string };
  weight?: number;
  delete_policies?: string[];
}

export interface Release {
  name: string;
  info: ReleaseInfo;
  chart: StoredChart;
  /** User-supplied values; absent when none (omitempty). */
  config?: Record<string, unknown>;
  manifest: string;
  hooks?: StoredHook[];
  version: number;
  namespace: string;
}

/** `name-version` as `helm list`/`history` print it in CHART. */
export function chartLabel(r: Release): string {
  return `${r.chart.metadata.name}-${r.chart.metadata.version}`;
}
