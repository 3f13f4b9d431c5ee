/**
 * The generic describer for kinds without their own (describe.go genericDescriber and
 * printUnstructuredContent): Name, Namespace, Labels, Annotations, then every other field
 * sorted, nested maps indented, field names turned into "smart labels" (`apiVersion` →
 * `API Version`, `roleRef` → `Role Ref`).
 */
import type { KObject } from '../../../sim/index.js';
import { eventsSection, refOf } from './events.js';
import { annotationsMultiline, labelsMultiline, PrefixWriter, type DescribeContext } from './writer.js';

const ACRONYMS = ['API', 'URL', 'UID', 'OSB', 'GUID'];

/** camelcase.Split as fatih/camelcase does: runs of lower, upper, digits and others. */
function camelSplit(s: string): string[] {
  const kinds = [...s].map((c) => (/[a-z]/.test(c) ? 1 : /[A-Z]/.test(c) ? 2 : /[0-9]/.test(c) ? 3 : 4));
  const runs: string[][] = [];
  let last = 0;
  [...s].forEach((c, i) => {
    if (kinds[i] === last) runs[runs.length - 1].push(c);
    else runs.push([c]);
    last = kinds[i];
  });
  // An upper run followed by a lower run hands its last letter to the lower run (`HTTPServer` → `HTTP Server`).
  for (let i = 0; i < runs.length - 1; i++) {
    if (/[A-Z]/.test(runs[i][0]) && /[a-z]/.test(runs[i + 1][0])) {
      runs[i + 1].unshift(runs[i].pop()!);
    }
  }
  return runs.filter((r) => r.length).map((r) => r.join(''));
}

/** smartLabelFor. */
export function smartLabel(field: string): string {
  if ([...field].some((c) => !/\p{L}/u.test(c) && c !== '-')) return field;
  return camelSplit(field)
    .filter((p) => p !== '_')
    .map((p) => (ACRONYMS.includes(p.toUpperCase()) ? p.toUpperCase() : p.charAt(0).toUpperCase() + p.slice(1)))
    .join(' ');
}

function scalar(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  return String(v);
}

function content(w: PrefixWriter, level: number, obj: Record<string, unknown>, prefix: string, skip: string[]): void {
  for (const field of Object.keys(obj).sort()) {
    const value = obj[field];
    const path = `${prefix}.${field}`;
    if (skip.includes(path)) continue;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      w.write(level, `${smartLabel(field)}:\n`);
      content(w, level + 1, value as Record<string, unknown>, path, skip);
    } else if (Array.isArray(value)) {
      w.write(level, `${smartLabel(field)}:\n`);
      for (const child of value) {
        if (child && typeof child === 'object' && !Array.isArray(child)) content(w, level + 1, child as Record<string, unknown>, path, skip);
        else w.write(level + 1, `${Array.isArray(child) ? `[${child.join(' ')}]` : scalar(child)}\n`);
      }
    } else {
      w.write(level, `${smartLabel(field)}:\t${scalar(value)}\n`);
    }
  }
}

export function describeGeneric(obj: KObject, ctx: DescribeContext): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${obj.metadata.name}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace ?? ''}\n`);
  labelsMultiline(w, 'Labels', obj.metadata.labels);
  annotationsMultiline(w, 'Annotations', obj.metadata.annotations);
  content(w, 0, obj as Record<string, unknown>, '', ['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations']);
  eventsSection(w, ctx, refOf(obj));
  return w.toString();
}
