/**
 * `kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key=value]
 * [--from-env-file=source]` (pkg/cmd/create/create_configmap.go). Sources are applied in
 * kubectl's order: files, then literals, then env files; a key may appear only once.
 */
import type { KObject } from '../../../sim/index.js';
import { helpOf } from '../../apply/flag-specs.js';
import { fail } from '../../context.js';
import { flag } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { createGenerated, generatedMeta, singleName } from './generator.js';

const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
const CONFIG_KEY_ERROR = "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

type Added = string | undefined;

function addKey(data: Record<string, string>, name: string, key: string, value: string): Added {
  const errs: string[] = [];
  if (key.length > 253) errs.push('must be no more than 253 characters');
  if (!CONFIG_KEY.test(key)) errs.push(CONFIG_KEY_ERROR);
  if (key === '.') errs.push("must not be '.'");
  else if (key === '..') errs.push("must not be '..'");
  else if (key.startsWith('..')) errs.push("must not start with '..'");
  if (errs.length) return `${JSON.stringify(key)} is not a valid key name for a ConfigMap: ${errs.join(',')}`;
  if (key in data) return `cannot add key ${JSON.stringify(key)}, another key by that name already exists in Data for ConfigMap ${JSON.stringify(name)}`;
  data[key] = value;
  return undefined;
}

function basename(p: string): string {
  const parts = p.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? p;
}

function fromFiles(ctx: VerbContext, data: Record<string, string>, name: string, sources: string[]): Added {
  const files = ctx.session.files;
  for (const source of sources) {
    const eq = source.indexOf('=');
    let key = eq >= 0 ? source.slice(0, eq) : '';
    const path = eq >= 0 ? source.slice(eq + 1) : source;
    if (eq >= 0 && (!key || !path)) return `key names or file paths cannot be empty`;
    if (!key) key = basename(path);
    const kind = files.stat(path);
    if (!kind) return `error reading ${path}: no such file or directory`;
    if (kind === 'dir') {
      if (eq >= 0) return 'cannot give a key name for a directory path';
      for (const entry of files.list(path)) {
        const child = files.join(path, entry);
        if (files.stat(child) !== 'file') continue;
        const r = files.read(child);
        if (!r.ok) return r.error;
        const err = addKey(data, name, entry, r.data);
        if (err) return err;
      }
      continue;
    }
    const r = files.read(path);
    if (!r.ok) return r.error;
    const err = addKey(data, name, key, r.data);
    if (err) return err;
  }
  return undefined;
}

function fromLiterals(data: Record<string, string>, name: string, sources: string[]): Added {
  for (const source of sources) {
    const eq = source.indexOf('=');
    if (eq < 0) return `invalid literal source ${source}, expected key=value`;
    const err = addKey(data, name, source.slice(0, eq), source.slice(eq + 1));
    if (err) return err;
  }
  return undefined;
}

/** cmdutil.AddFromEnvFile: KEY=VALUE lines; `#` comments and blank lines skipped; a bare KEY takes the (empty) environment value. */
function fromEnvFiles(ctx: VerbContext, data: Record<string, string>, name: string, sources: string[]): Added {
  for (const source of sources) {
    const kind = ctx.session.files.stat(source);
    if (!kind) return `error reading ${source}: no such file or directory`;
    if (kind === 'dir') return 'env config file cannot be a directory';
    const r = ctx.session.files.read(source);
    if (!r.ok) return r.error;
    const lines = r.data.replace(/^\uFEFF/, '').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].replace(/\r$/, '').replace(/^\s+/, '');
      if (!line || line.startsWith('#')) continue;
      const eq = line.indexOf('=');
      const key = eq >= 0 ? line.slice(0, eq) : line;
      const value = eq >= 0 ? line.slice(eq + 1) : (ctx.session.env[key] ?? '');
      if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(key)) {
        return `${JSON.stringify(key)} is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')`;
      }
      const err = addKey(data, name, key, value);
      if (err) return err;
    }
  }
  return undefined;
}

function run(ctx: VerbContext): number {
  const name = singleName(ctx);
  if (typeof name === 'number') return name;
  const files = flag.list(ctx.parsed, 'from-file');
  const literals = flag.list(ctx.parsed, 'from-literal');
  const envFiles = flag.list(ctx.parsed, 'from-env-file');
  if (envFiles.length && (files.length || literals.length)) return fail(ctx, 'from-env-file cannot be combined with from-file or from-literal');
  const data: Record<string, string> = {};
  const err = fromFiles(ctx, data, name, files) ?? fromLiterals(data, name, literals) ?? fromEnvFiles(ctx, data, name, envFiles);
  if (err) return fail(ctx, err);
  const obj: KObject = { kind: 'ConfigMap', apiVersion: 'v1', metadata: generatedMeta(ctx, name) };
  if (Object.keys(data).length) obj.data = Object.fromEntries(Object.keys(data).sort().map((k) => [k, data[k]]));
  return createGenerated(ctx, obj, 'failed to create configmap');
}

export const createConfigMapVerb: VerbDef = { name: 'configmap', aliases: ['cm'], ...helpOf('create configmap'), short: 'Create a config map from a local file, directory or literal value', run };
