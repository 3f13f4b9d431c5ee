/**
 * `kubectl create secret generic NAME [--type=T] [--from-file=[key=]source]
 * [--from-literal=key=value] [--from-env-file=source]` (create_secret.go): files, then
 * literals, then env files; the type is left out when not given (the server makes it Opaque).
 */
import type { KObject } from '../../../sim/index.js';
import { helpOf } from '../../apply/flag-specs.js';
import { fail } from '../../context.js';
import { flag } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { createGenerated, generatedMeta, singleName } from './generator.js';
import './help-extra.js';
import { appendHash } from './secret-hash.js';
import { fromEnvFileSources, fromFileSources, fromLiteralSources, sortedData } from './secret-sources.js';

/** newSecretObj: kind, apiVersion, metadata, then data and type (omitted when empty). */
export function secretObject(ctx: VerbContext, name: string, type: string, data: Record<string, string>): KObject {
  const obj: KObject = { kind: 'Secret', apiVersion: 'v1', metadata: generatedMeta(ctx, name) };
  if (Object.keys(data).length) obj.data = sortedData(data);
  if (type) obj.type = type;
  if (flag.bool(ctx.parsed, 'append-hash')) obj.metadata.name = `${name}-${appendHash(obj)}`;
  return obj;
}

function run(ctx: VerbContext): number {
  const name = singleName(ctx);
  if (typeof name === 'number') return name;
  const files = flag.list(ctx.parsed, 'from-file');
  const literals = flag.list(ctx.parsed, 'from-literal');
  const envFiles = flag.list(ctx.parsed, 'from-env-file');
  if (envFiles.length && (files.length || literals.length)) return fail(ctx, 'from-env-file cannot be combined with from-file or from-literal');
  const data: Record<string, string> = {};
  const err = fromFileSources(ctx, data, files) ?? fromLiteralSources(data, literals) ?? fromEnvFileSources(ctx, data, envFiles);
  if (err) return fail(ctx, err);
  return createGenerated(ctx, secretObject(ctx, name, flag.str(ctx.parsed, 'type'), data), undefined);
}

export const createSecretGenericVerb: VerbDef = {
  name: 'generic', ...helpOf('create secret generic'), short: 'Create a secret from a local file, directory, or literal value', run,
};
