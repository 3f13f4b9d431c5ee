/**
 * Pathname expansion (`kubectl apply -f *.yaml`) against the workspace, as bash does it by
 * default: matches sorted, dot files only matched by a leading `.`, and a pattern with no
 * match left as typed.
 */
import type { Workspace } from './workspace.js';

function escapeRegex(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function hasGlob(segment: string): boolean {
  return /(^|[^\\])[*?[]/.test(segment);
}

function unescape(segment: string): string {
  return segment.replace(/\\(.)/g, '$1');
}

/** A glob segment (backslash-escaped literals) as an anchored regular expression. */
export function segmentRegex(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) {
      re += escapeRegex(segment[++i]);
    } else if (c === '*') {
      re += '.*';
    } else if (c === '?') {
      re += '.';
    } else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) {
        re += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      re += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else {
      re += escapeRegex(c);
    }
  }
  return new RegExp(`^${re}$`, 's');
}

/** The paths matching `pattern` (sorted), or `[literal]` when nothing matches. */
export function globFields(pattern: string, literal: string, ws: Workspace): string[] {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  let paths = [absolute ? '/' : ''];
  for (const seg of absolute ? segments.slice(1) : segments) {
    if (!seg) continue;
    if (!hasGlob(seg)) {
      paths = paths.map((p) => join(p, unescape(seg)));
      continue;
    }
    const re = segmentRegex(seg);
    const next: string[] = [];
    for (const p of paths) {
      const dir = p || '.';
      if (ws.exists(dir) !== 'dir') continue;
      for (const name of ws.list(dir)) {
        if (name.startsWith('.') && !seg.startsWith('.')) continue;
        if (re.test(name)) next.push(join(p, name));
      }
    }
    paths = next;
    if (!paths.length) break;
  }
  const found = paths.filter((p) => p && ws.exists(p) !== undefined).sort();
  return found.length ? found : [literal];
}

function join(dir: string, name: string): string {
  if (!dir) return name;
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}
