/**
 * Completion indexes of Indexed Jobs as the API shows them in `status.completedIndexes`:
 * sorted, runs of consecutive indexes written `first-last`
 * (kubernetes/kubernetes pkg/controller/job/indexed_job_utils.go
 * `orderedIntervals.String`: an interval prints `first-last` when last > first).
 */

/** `[0,1,2,4,6,7]` → `0-2,4,6-7`. */
export function formatIndexes(indexes: Iterable<number>): string {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return parts.join(',');
}

/** Parses `0-2,4` back into indexes below `completions` (malformed parts are skipped, as upstream does). */
export function parseIndexes(text: string | undefined, completions: number): Set<number> {
  const out = new Set<number>();
  if (!text) return out;
  for (const part of text.split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) continue;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    for (let i = a; i <= b && i < completions; i++) out.add(i);
  }
  return out;
}

export const COMPLETION_INDEX = 'batch.kubernetes.io/job-completion-index';

/** The completion index a pod carries (annotation first, then label), if valid. */
export function podIndexOf(pod: { metadata: { annotations?: Record<string, string>; labels?: Record<string, string> } }): number | undefined {
  const v = pod.metadata.annotations?.[COMPLETION_INDEX] ?? pod.metadata.labels?.[COMPLETION_INDEX];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
}
