/**
 * Resolving resource arguments the way kubectl's resource builder does: `pods`,
 * `pods a b`, `pod/a deploy/b`, `deploy,svc`, `deployments.apps/web`.
 */
import { resolveResource, type ResourceType } from '../sim/index.js';

export interface ResourceSelection {
  type: ResourceType;
  /** Empty: all objects of the type (subject to selectors). */
  names: string[];
}

export type ResolveResult = { ok: true; items: ResourceSelection[] } | { ok: false; error: string };

/** `error: the server doesn't have a resource type "x"` */
export function unknownType(name: string): string {
  return `the server doesn't have a resource type "${name}"`;
}

export function resolveArgs(args: string[]): ResolveResult {
  if (!args.length) return { ok: true, items: [] };
  const slashForm = args.filter((a) => a.includes('/'));
  if (slashForm.length) {
    if (slashForm.length !== args.length) {
      return {
        ok: false,
        error: `there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`,
      };
    }
    const items: ResourceSelection[] = [];
    for (const a of args) {
      const i = a.indexOf('/');
      const typeName = a.slice(0, i);
      const name = a.slice(i + 1);
      if (!name) return { ok: false, error: `arguments in resource/name form must have a single resource and name` };
      const type = resolveResource(typeName);
      if (!type) return { ok: false, error: unknownType(typeName) };
      const existing = items.find((x) => x.type === type);
      if (existing) existing.names.push(name);
      else items.push({ type, names: [name] });
    }
    return { ok: true, items };
  }
  const [typesArg, ...names] = args;
  const items: ResourceSelection[] = [];
  for (const t of typesArg.split(',')) {
    if (!t) continue;
    const type = resolveResource(t);
    if (!type) return { ok: false, error: unknownType(t) };
    if (!items.some((x) => x.type === type)) items.push({ type, names: [...names] });
  }
  return { ok: true, items };
}
