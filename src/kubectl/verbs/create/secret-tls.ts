/**
 * `kubectl create secret tls NAME --cert=FILE --key=FILE` (create_secret_tls.go): both
 * files are read and must form a key pair (crypto/tls X509KeyPair's first errors), then
 * become `tls.crt` and `tls.key` of a `kubernetes.io/tls` Secret.
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { helpOf } from '../../apply/flag-specs.js';
import { fail } from '../../context.js';
import { flag } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { createGenerated, singleName } from './generator.js';
import './help-extra.js';
import { secretObject } from './secret-generic.js';
import { toBase64 } from './secret-sources.js';

const PEM = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

function pemTypes(text: string): string[] {
  return [...text.matchAll(PEM)].map((m) => m[1]);
}

/** The first error tls.X509KeyPair would report, or undefined for a matching pair. */
export function keyPairError(cert: string, key: string): string | undefined {
  const certBlocks = pemTypes(cert);
  if (!certBlocks.length) return 'tls: failed to find any PEM data in certificate input';
  if (!certBlocks.includes('CERTIFICATE')) return 'tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: [' + certBlocks.join(' ') + ']';
  const keyBlocks = pemTypes(key);
  if (!keyBlocks.length) return 'tls: failed to find any PEM data in key input';
  if (!keyBlocks.some((t) => t === 'PRIVATE KEY' || t.endsWith(' PRIVATE KEY'))) return 'tls: found a certificate rather than a key in the PEM for the private key';
  try {
    const x509 = new X509Certificate(cert);
    if (!x509.checkPrivateKey(createPrivateKey(key))) return 'tls: private key does not match public key';
  } catch {
    return 'tls: failed to parse private key';
  }
  return undefined;
}

function read(ctx: VerbContext, path: string): { ok: true; data: string } | { ok: false; error: string } {
  if (ctx.session.files.stat(path) !== 'file') return { ok: false, error: `Cannot read file ${path}, open ${path}: no such file or directory` };
  return ctx.session.files.read(path);
}

function run(ctx: VerbContext): number {
  const name = singleName(ctx);
  if (typeof name === 'number') return name;
  const certPath = flag.str(ctx.parsed, 'cert');
  const keyPath = flag.str(ctx.parsed, 'key');
  if (!certPath || !keyPath) return fail(ctx, 'key and cert must be specified');
  const cert = read(ctx, certPath);
  if (!cert.ok) return fail(ctx, cert.error);
  const key = read(ctx, keyPath);
  if (!key.ok) return fail(ctx, key.error);
  const err = keyPairError(cert.data, key.data);
  if (err) return fail(ctx, err);
  const obj = secretObject(ctx, name, 'kubernetes.io/tls', {});
  obj.data = { 'tls.crt': toBase64(cert.data), 'tls.key': toBase64(key.data) };
  return createGenerated(ctx, obj, undefined);
}

export const createSecretTlsVerb: VerbDef = { name: 'tls', ...helpOf('create secret tls'), short: 'Create a TLS secret', run };
