/**
 * The pieces every describer shares (kubernetes/kubectl pkg/describe/describe.go):
 * a prefix writer with 2-space levels feeding Go's tabwriter (minwidth 0, tabwidth 8,
 * padding 2), multi-line labels/annotations/tolerations, RFC 1123Z times, and the
 * context a describer runs with.
 */
import type { ApiClient, KObject } from '../../../sim/index.js';
import { humanDuration } from '../../../sim/index.js';
import { DESCRIBE_TABWRITER, tabbed } from './tabwriter.js';

/** What a describer needs: an API client (as the learner), the virtual now, and the --show-events setting. */
export interface DescribeContext {
  client: ApiClient;
  now: number;
  showEvents: boolean;
}

/** Builds tab-separated text with describe's indentation levels; `toString()` aligns it. */
export class PrefixWriter {
  private buf = '';

  /** `Write(level, text)`: text prefixed by 2 spaces per level. */
  write(level: number, text: string): void {
    this.buf += '  '.repeat(level) + text;
  }

  /** `WriteLine(text)`: the text and a newline, no indentation. */
  line(text: string): void {
    this.buf += `${text}\n`;
  }

  /** The text as written, tabs not expanded (rollout history --revision prints it this way). */
  raw(): string {
    return this.buf;
  }

  /** The aligned output (tabbedString). */
  toString(): string {
    return tabbed(this.buf, DESCRIBE_TABWRITER);
  }
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Go's time.RFC1123Z in UTC: `Mon, 02 Jun 2025 09:00:00 +0000`. */
export function rfc1123z(ts: string | undefined | null): string {
  const t = ts ? Date.parse(ts) : NaN;
  const d = new Date(Number.isNaN(t) ? Date.UTC(1, 0, 1) : t);
  if (Number.isNaN(t)) d.setUTCFullYear(1);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCFullYear()).padStart(4, '0')} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

/** translateTimestampSince: `<unknown>` for no timestamp, else HumanDuration(now − t). */
export function since(ts: string | undefined | null, now: number): string {
  const t = ts ? Date.parse(ts) : NaN;
  if (Number.isNaN(t)) return '<unknown>';
  return humanDuration(now - t);
}

/** printLabelsMultilineWithIndent: `Labels:  a=b` then one `k=v` per line, `<none>` when empty. */
export function labelsMultiline(w: PrefixWriter, title: string, labels: Record<string, string> | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(0, `${initialIndent}${title}:${innerIndent}`);
  const keys = Object.keys(labels ?? {}).sort();
  if (!keys.length) {
    w.line('<none>');
    return;
  }
  keys.forEach((k, i) => {
    if (i) w.write(0, `${initialIndent}${innerIndent}`);
    w.write(0, `${k}=${labels![k]}\n`);
  });
}

const SKIP_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
const MAX_ANNOTATION_LEN = 140;

/** printAnnotationsMultiline: sorted, last-applied hidden, long or multi-line values on their own lines (cut at 138 chars + `...`). */
export function annotationsMultiline(w: PrefixWriter, title: string, annotations: Record<string, string> | undefined): void {
  w.write(0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {}).filter((k) => !SKIP_ANNOTATIONS.has(k)).sort();
  if (!keys.length) {
    w.line('<none>');
    return;
  }
  const indent = '\t';
  keys.forEach((k, i) => {
    if (i) w.write(0, indent);
    const value = annotations![k].replace(/\n$/, '');
    if (value.length + k.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(0, `${k}:\n`);
      for (const s of value.split('\n')) {
        const cut = s.length > MAX_ANNOTATION_LEN - 2 ? `${s.slice(0, MAX_ANNOTATION_LEN - 2)}...` : s;
        w.write(0, `${indent}  ${cut}\n`);
      }
    } else {
      w.write(0, `${k}: ${value}\n`);
    }
  });
}

interface Toleration { key?: string; operator?: string; value?: string; effect?: string; tolerationSeconds?: number }

/** printTolerationsMultilineWithIndent: `node.kubernetes.io/not-ready:NoExecute op=Exists for 300s`. */
export function tolerationsMultiline(w: PrefixWriter, title: string, tolerations: Toleration[] | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(0, `${initialIndent}${title}:${innerIndent}`);
  if (!tolerations?.length) {
    w.line('<none>');
    return;
  }
  const sorted = tolerations.map((t, i) => ({ t, i })).sort((a, b) => ((a.t.key ?? '') < (b.t.key ?? '') ? -1 : (a.t.key ?? '') > (b.t.key ?? '') ? 1 : a.i - b.i)).map((x) => x.t);
  sorted.forEach((t, i) => {
    if (i) w.write(0, `${initialIndent}${innerIndent}`);
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) s += ` for ${t.tolerationSeconds}s`;
    w.write(0, `${s}\n`);
  });
}

/** printController: `ReplicaSet/web-6d4cf56db6` for the controlling owner, or ''. */
export function controllerOf(obj: KObject): string {
  const ref = obj.metadata.ownerReferences?.find((r) => r.controller);
  return ref ? `${ref.kind}/${ref.name}` : '';
}

/** Conditions table used by Deployment/ReplicaSet/RC: `Type  Status  Reason`. */
export function conditionsTable(w: PrefixWriter, conditions: { type: string; status: string; reason?: string }[] | undefined): void {
  if (!conditions?.length) return;
  w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
  w.write(1, '----\t------\t------\n');
  for (const c of conditions) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
}
