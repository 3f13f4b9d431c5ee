/**
 * `kubectl label` and `kubectl annotate` share their shape (pkg/cmd/label/label.go,
 * pkg/cmd/annotate/annotate.go): resources first, then `key=value` / `key-` pairs; the
 * object is fetched, changed locally and sent as a JSON merge patch of the difference.
 * The per-verb differences are a row of MetadataVerbConfig.
 */
import type { KObject } from '../../sim/index.js';
import { fail, failUsage } from '../context.js';
import { flag } from '../flags.js';
import type { VerbContext } from '../types.js';
import { dryRunOf, nameLine, refOf } from './common.js';
import { printObject } from './output.js';
import { changeCause, recordChange, recordRequested } from './record.js';
import { findTargets, statusLine } from './targets.js';

export interface MetadataVerbConfig {
  /** `labels` or `annotations`. */
  field: 'labels' | 'annotations';
  /** `label` / `annotation`, as the messages say. */
  noun: string;
  fieldManager: string;
  /** Checks a new value; returns an error message or undefined. */
  validate(spec: string, key: string, value: string): string | undefined;
  /** The overwrite error for keys that already hold another value. */
  overwriteError(conflicts: [string, string][]): string;
  /** The success word for a change (label distinguishes labeled/unlabeled/not labeled). */
  message(changed: boolean, shrank: boolean, overwrite: boolean): string;
  /** Keys that may always be overwritten. */
  alwaysOverwritable?: string[];
}

/** cmdutil.GetResourcesAndPairs: resources come first, then the changes. */
function splitPairs(args: string[], noun: string): { ok: true; resources: string[]; pairs: string[] } | { ok: false; error: string } {
  const resources: string[] = [];
  const pairs: string[] = [];
  let foundPair = false;
  for (const s of args) {
    const pair = (s.includes('=') && s[0] !== '=') || (s.endsWith('-') && s !== '-');
    if (pair) {
      foundPair = true;
      pairs.push(s);
    } else if (!foundPair) resources.push(s);
    else return { ok: false, error: `all resources must be specified before ${noun} changes: ${s}` };
  }
  return { ok: true, resources, pairs };
}

function parsePairs(cfg: MetadataVerbConfig, pairs: string[]): { ok: true; set: Record<string, string>; remove: string[] } | { ok: false; error: string } {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const spec of pairs) {
    if (spec.includes('=')) {
      const parts = cfg.field === 'labels' ? spec.split('=') : [spec.slice(0, spec.indexOf('=')), spec.slice(spec.indexOf('=') + 1)];
      if (parts.length !== 2 || !parts[0]) return { ok: false, error: `invalid ${cfg.noun} ${cfg.field === 'labels' ? 'spec' : 'format'}: ${spec}` };
      const err = cfg.validate(spec, parts[0], parts[1]);
      if (err) return { ok: false, error: err };
      set[parts[0]] = parts[1];
    } else if (spec.endsWith('-')) remove.push(spec.slice(0, -1));
    else return { ok: false, error: `unknown ${cfg.noun} spec: ${spec}` };
  }
  const both = remove.filter((k) => k in set);
  if (both.length) {
    return { ok: false, error: cfg.field === 'labels' ? 'can not both modify and remove a label in the same command' : `can not both modify and remove the following annotation(s) in the same command: ${both.join(', ')}` };
  }
  return { ok: true, set, remove };
}

/** Runs label or annotate. */
export function runMetadataVerb(ctx: VerbContext, cfg: MetadataVerbConfig): number {
  const p = ctx.parsed;
  const record = recordRequested(ctx);
  const split = splitPairs(p.args, cfg.noun);
  if (!split.ok) return fail(ctx, split.error);
  const list = flag.bool(p, 'list');
  const output = flag.str(p, 'output');
  if (list && output) return fail(ctx, '--list and --output may not be specified together');
  const selector = flag.str(p, 'selector');
  const all = flag.bool(p, 'all');
  if (all && selector) return fail(ctx, 'cannot set --all and --selector at the same time');
  const filenames = flag.list(p, 'filename');
  if (!split.resources.length && !filenames.length) return fail(ctx, 'one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (!split.pairs.length && !list) return fail(ctx, `at least one ${cfg.noun} update is required`);
  const parsed = parsePairs(cfg, split.pairs);
  if (!parsed.ok) return fail(ctx, parsed.error);
  const dry = dryRunOf(ctx);
  if (!dry.ok) return fail(ctx, dry.error);
  const found = findTargets(ctx, split.resources, {
    allowList: true, selector, fieldSelector: flag.str(p, 'field-selector'), all, allNamespaces: flag.bool(p, 'all-namespaces'), fetch: true,
  });
  if (!found.ok) return found.usage ? failUsage(ctx, found.error) : fail(ctx, found.error);
  const resourceVersion = flag.str(p, 'resource-version');
  const single = found.targets.length === 1 && !found.listed;
  if (resourceVersion && found.targets.length > 1) return fail(ctx, '--resource-version may only be used with a single resource');
  const overwrite = flag.bool(p, 'overwrite');
  const errors = [...found.errors];
  for (const t of found.targets) {
    let live = t.object as KObject;
    if (t.source) {
      const got = ctx.client.get(refOf(t.type), t.namespace, t.name);
      if (!got.ok) {
        errors.push(statusLine(got.status));
        continue;
      }
      live = got.value;
    }
    const current: Record<string, string> = { ...((live.metadata[cfg.field] as Record<string, string> | undefined) ?? {}) };
    if (!overwrite) {
      const conflicts = Object.entries(parsed.set).filter(([k, v]) => !(cfg.alwaysOverwritable ?? []).includes(k) && k in current && current[k] !== v).map(([k]) => [k, current[k]] as [string, string]);
      if (conflicts.length) {
        errors.push(`error: ${cfg.overwriteError(conflicts)}`);
        continue;
      }
    }
    const next = { ...current, ...parsed.set };
    for (const k of parsed.remove) delete next[k];
    let result: KObject = { ...live, metadata: { ...live.metadata, [cfg.field]: next } };
    const changed = JSON.stringify(next) !== JSON.stringify(current) || (!live.metadata[cfg.field] && Object.keys(next).length > 0);
    const shrank = Object.keys(next).length < Object.keys(current).length;
    if (!list && dry.value !== 'client') {
      if (cfg.field === 'labels') for (const k of parsed.remove) if (!(k in current)) ctx.io.out(`label ${JSON.stringify(k)} not found.\n`);
      const diff: Record<string, string | null> = {};
      for (const k of Object.keys(next)) if (current[k] !== next[k]) diff[k] = next[k];
      for (const k of Object.keys(current)) if (!(k in next)) diff[k] = null;
      const patch: Record<string, unknown> = { metadata: { [cfg.field]: diff } };
      if (resourceVersion) (patch.metadata as Record<string, unknown>).resourceVersion = resourceVersion;
      const res = ctx.client.request({
        verb: 'patch', ...refOf(t.type), namespace: t.namespace, name: t.name, body: Object.keys(diff).length || resourceVersion ? patch : {},
        patchType: 'application/merge-patch+json', query: { fieldManager: flag.str(p, 'field-manager') || cfg.fieldManager, ...(dry.value === 'server' ? { dryRun: 'All' } : {}) },
      });
      if (res.code >= 300) {
        errors.push(statusLine(res.body));
        continue;
      }
      result = res.body as KObject;
      if (record && dry.value === 'none') recordChange(ctx, t.type, t.namespace, t.name, changeCause(ctx));
    }
    if (list) {
      const indent = single ? '' : ' ';
      if (!single) ctx.io.out(`Listing ${cfg.field} for ${t.type.kind}.${t.type.group}/${t.name}:\n`);
      const values = (result.metadata[cfg.field] as Record<string, string> | undefined) ?? {};
      for (const k of Object.keys(values).sort()) ctx.io.out(`${indent}${k}=${values[k]}\n`);
      continue;
    }
    if (printObject(ctx, result, t.type, output)) continue;
    ctx.io.out(nameLine(t.type, t.name, cfg.message(changed, shrank, overwrite), dry.value));
  }
  for (const e of errors) ctx.io.err(`${e}\n`);
  return errors.length ? 1 : 0;
}
