/**
 * `-o yaml|json|name` for the write verbs. A private, minimal stand-in for the shared
 * printers (src/kubectl/printers) while those are being written: YAML as sigs.k8s.io/yaml
 * writes it (keys sorted, sequences not indented under their key, go-yaml v2 quoting),
 * JSON with four-space indentation as kubectl's JSON printer.
 */
import type { KObject, ResourceType } from '../../sim/index.js';
import type { VerbContext } from '../types.js';
import { kindGroup } from './common.js';

/** Strings go-yaml v2 would read back as something else, so it quotes them. */
const YAML11_SPECIAL = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;
const NUMBER_LIKE = /^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$|^0x[0-9a-fA-F_]+$|^0o?[0-7_]+$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$/;
const TIMESTAMP_LIKE = /^\d{4}-\d\d?-\d\d?([Tt ]|$)/;

function needsQuotes(s: string): boolean {
  if (s === '') return true;
  if (YAML11_SPECIAL.test(s) || NUMBER_LIKE.test(s) || TIMESTAMP_LIKE.test(s)) return true;
  if (/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(s) && !/^-[^\s-]/.test(s)) return true;
  if (/^-$|^- /.test(s)) return true;
  if (/: |\s#|:$|\s$|\t/.test(s)) return true;
  return false;
}

function scalar(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return needsQuotes(v) ? JSON.stringify(v) : v;
  return String(v);
}

function emit(v: unknown, indent: string, lines: string[], prefix: string): void {
  if (Array.isArray(v)) {
    if (!v.length) {
      lines.push(`${prefix}[]`);
      return;
    }
    if (prefix) lines.push(prefix.trimEnd());
    for (const item of v) {
      const start = lines.length;
      emit(item, `${indent}  `, lines, `${indent}- `);
      // The first line of a nested map/list item shares the dash line.
      if (lines[start] === `${indent}-`) lines.splice(start, 1);
    }
    return;
  }
  if (v && typeof v === 'object') {
    const keys = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined).sort();
    if (!keys.length) {
      lines.push(`${prefix}{}`);
      return;
    }
    let first = true;
    for (const k of keys) {
      const child = (v as Record<string, unknown>)[k];
      const keyText = `${scalar(k)}:`;
      const lead = first && prefix ? prefix : indent;
      first = false;
      if (child && typeof child === 'object' && (Array.isArray(child) ? child.length : Object.keys(child).length)) {
        lines.push(`${lead}${keyText}`);
        emit(child, Array.isArray(child) ? indent : `${indent}  `, lines, '');
      } else if (typeof child === 'string' && child.includes('\n')) {
        const body = child.endsWith('\n') ? child.slice(0, -1) : child;
        lines.push(`${lead}${keyText} ${child.endsWith('\n') ? '|' : '|-'}`);
        for (const l of body.split('\n')) lines.push(l ? `${indent}  ${l}` : '');
      } else {
        const val = Array.isArray(child) ? '[]' : child && typeof child === 'object' ? '{}' : scalar(child);
        lines.push(`${lead}${keyText} ${val}`);
      }
    }
    return;
  }
  lines.push(`${prefix}${scalar(v)}`);
}

/** YAML of a JSON value as `kubectl -o yaml` prints it. */
export function toYaml(v: unknown): string {
  const lines: string[] = [];
  emit(v, '', lines, '');
  return `${lines.join('\n')}\n`;
}

/** JSON as `kubectl -o json` prints it. */
export function toJson(v: unknown): string {
  return `${JSON.stringify(v, null, 4)}\n`;
}

/**
 * Prints `obj` in the requested -o format. Returns false if the format is not one this
 * verb prints (the caller then prints its success line).
 */
export function printObject(ctx: VerbContext, obj: KObject, t: ResourceType | undefined, format: string): boolean {
  switch (format) {
    case 'yaml':
      ctx.io.out(toYaml(obj));
      return true;
    case 'json':
      ctx.io.out(toJson(obj));
      return true;
    case 'name':
      ctx.io.out(`${t ? kindGroup(t) : obj.kind.toLowerCase()}/${obj.metadata?.name ?? ''}\n`);
      return true;
    default:
      return false;
  }
}

/** Error for an -o value the write verbs do not print. */
export function unsupportedOutput(format: string): string {
  return `unable to match a printer suitable for the output format "${format}", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml`;
}
