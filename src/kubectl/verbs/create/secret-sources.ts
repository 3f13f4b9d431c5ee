/**
 * Data sources of `kubectl create secret generic|docker-registry` (kubernetes/kubectl
 * pkg/cmd/create/create_secret.go handleSecretFrom{File,Literal,EnvFile}Sources,
 * pkg/util/util.go ParseFileSource/ParseLiteralSource, pkg/cmd/util/env_file.go), with the
 * Secret wording of their errors. Values are kept as base64, as Secret.data travels.
 */
import type { VerbContext } from '../../types.js';

type Err = string | undefined;

const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/** validation.IsConfigMapKey messages, joined with `;` as the Secret path does. */
function configKeyErrors(key: string): string[] {
  const errs: string[] = [];
  if (key.length > 253) errs.push('must be no more than 253 characters');
  if (!CONFIG_KEY.test(key)) errs.push("a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')");
  if (key === '.') errs.push("must not be '.'");
  else if (key === '..') errs.push("must not be '..'");
  else if (key.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}

export const toBase64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** addKeyFromLiteralToSecret. */
export function addSecretKey(data: Record<string, string>, key: string, value: string): Err {
  const errs = configKeyErrors(key);
  if (errs.length) return `${JSON.stringify(key)} is not valid key name for a Secret ${errs.join(';')}`;
  if (key in data) return `cannot add key ${key}, another key by that name already exists`;
  data[key] = toBase64(value);
  return undefined;
}

/** ParseFileSource: `path` or `key=path`. */
function parseFileSource(source: string): { key: string; path: string; named: boolean } | string {
  const parts = source.split('=');
  if (parts.length === 1) {
    const segs = source.split('/').filter(Boolean);
    return { key: segs[segs.length - 1] ?? source, path: source, named: false };
  }
  if (parts.length > 2) return "key names or file paths cannot contain '='";
  const [key, path] = parts;
  if (!key) return `key name for file path ${path} missing`;
  if (!path) return `file path for key name ${key} missing`;
  return { key, path, named: true };
}

/** --from-file sources: a file (key = base name or given), or every regular file of a directory. */
export function fromFileSources(ctx: VerbContext, data: Record<string, string>, sources: string[]): Err {
  const files = ctx.session.files;
  for (const source of sources) {
    const fs = parseFileSource(source);
    if (typeof fs === 'string') return fs;
    const kind = files.stat(fs.path);
    if (!kind) return `error reading ${fs.path}: no such file or directory`;
    if (kind === 'dir') {
      if (fs.named) return 'cannot give a key name for a directory path';
      for (const entry of files.list(fs.path)) {
        const child = files.join(fs.path, entry);
        if (files.stat(child) !== 'file') continue;
        const r = files.read(child);
        if (!r.ok) return r.error;
        const err = addSecretKey(data, entry, r.data);
        if (err) return err;
      }
      continue;
    }
    const r = files.read(fs.path);
    if (!r.ok) return r.error;
    const err = addSecretKey(data, fs.key, r.data);
    if (err) return err;
  }
  return undefined;
}

/** --from-literal=key=value: split at the first `=`; a leading `=` or none is an error. */
export function fromLiteralSources(data: Record<string, string>, sources: string[]): Err {
  for (const source of sources) {
    const eq = source.indexOf('=');
    if (eq <= 0) return `invalid literal source ${source}, expected key=value`;
    const err = addSecretKey(data, source.slice(0, eq), source.slice(eq + 1));
    if (err) return err;
  }
  return undefined;
}

/** --from-env-file: KEY=VALUE lines; comments and blank lines skipped; a bare KEY takes the environment's value. */
export function fromEnvFileSources(ctx: VerbContext, data: Record<string, string>, sources: string[]): Err {
  for (const source of sources) {
    const kind = ctx.session.files.stat(source);
    if (!kind) return `error reading ${source}: no such file or directory`;
    if (kind === 'dir') return 'env secret file cannot be a directory';
    const r = ctx.session.files.read(source);
    if (!r.ok) return r.error;
    for (const raw of r.data.replace(/^\uFEFF/, '').split('\n')) {
      const line = raw.replace(/\r$/, '').replace(/^\s+/, '');
      if (!line || line.startsWith('#')) continue;
      const eq = line.indexOf('=');
      const key = eq >= 0 ? line.slice(0, eq) : line;
      if (!ENV_NAME.test(key)) {
        return `${JSON.stringify(key)} is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')`;
      }
      const err = addSecretKey(data, key, eq >= 0 ? line.slice(eq + 1) : (ctx.session.env[key] ?? ''));
      if (err) return err;
    }
  }
  return undefined;
}

/** Data keys sorted, as a Go map is printed. */
export function sortedData(data: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(data).sort().map((k) => [k, data[k]]));
}
