/** RFC 6902 JSON Patch, as `kubectl patch --type json` sends it. */
import { deepClone, deepEqual } from '../objects.js';

export type PatchResult = { ok: true; value: unknown } | { ok: false; error: string };

interface Op { op: string; path: string; value?: unknown; from?: string }

function parsePointer(path: string): string[] {
  if (path === '') return [];
  return path.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function container(doc: unknown, parts: string[]): unknown {
  let cur = doc;
  for (const p of parts) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Array.isArray(cur) ? cur[Number(p)] : (cur as Record<string, unknown>)[p];
  }
  return cur;
}

export function applyJsonPatch(doc: unknown, ops: unknown): PatchResult {
  if (!Array.isArray(ops)) return { ok: false, error: 'json: cannot unmarshal object into Go value of type jsonpatch.Patch' };
  let root = deepClone(doc);
  for (const raw of ops as Op[]) {
    const parts = parsePointer(raw.path ?? '');
    const last = parts[parts.length - 1];
    const parent = container(root, parts.slice(0, -1));
    const missing = () => ({ ok: false as const, error: `doc is missing path: "${raw.path}": missing value` });
    switch (raw.op) {
      case 'add':
      case 'replace': {
        if (!parts.length) { root = deepClone(raw.value); break; }
        if (parent === null || typeof parent !== 'object') return missing();
        if (Array.isArray(parent)) {
          const idx = last === '-' ? parent.length : Number(last);
          if (!Number.isInteger(idx) || idx < 0 || idx > parent.length) return { ok: false, error: `add operation does not apply: doc is missing path: "${raw.path}": missing value` };
          if (raw.op === 'add') parent.splice(idx, 0, deepClone(raw.value));
          else {
            if (idx >= parent.length) return missing();
            parent[idx] = deepClone(raw.value);
          }
        } else {
          const o = parent as Record<string, unknown>;
          if (raw.op === 'replace' && !(last in o)) return { ok: false, error: `replace operation does not apply: doc is missing key: ${raw.path}: missing value` };
          o[last] = deepClone(raw.value);
        }
        break;
      }
      case 'remove': {
        if (parent === null || typeof parent !== 'object') return missing();
        if (Array.isArray(parent)) {
          const idx = Number(last);
          if (!(idx >= 0 && idx < parent.length)) return missing();
          parent.splice(idx, 1);
        } else {
          const o = parent as Record<string, unknown>;
          if (!(last in o)) return { ok: false, error: `remove operation does not apply: doc is missing path: "${raw.path}": missing value` };
          delete o[last];
        }
        break;
      }
      case 'test': {
        if (!deepEqual(container(root, parts), raw.value)) return { ok: false, error: `testing value ${raw.path} failed: test failed` };
        break;
      }
      case 'move':
      case 'copy': {
        const fromParts = parsePointer(raw.from ?? '');
        const value = deepClone(container(root, fromParts));
        if (value === undefined) return { ok: false, error: `doc is missing from path: "${raw.from}": missing value` };
        if (raw.op === 'move') {
          const r = applyJsonPatch(root, [{ op: 'remove', path: raw.from }]);
          if (!r.ok) return r;
          root = r.value;
        }
        const r = applyJsonPatch(root, [{ op: 'add', path: raw.path, value }]);
        if (!r.ok) return r;
        root = r.value;
        break;
      }
      default:
        return { ok: false, error: `Unexpected kind: ${raw.op}` };
    }
  }
  return { ok: true, value: root };
}
