/**
 * Server-side apply, differential: the same commands through our embedded kubectl and
 * through the real kubectl 1.33 against `kubedojo serve` must print the same. The real
 * client computes the conflict advice and the client-side → server-side migration itself
 * (apply.go), so this checks both our server and our client's emulation of it. Skipped,
 * with the reason, where the reference client is not installed.
 */
import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { serveCommand } from '../../commands/serve.js';
import { REAL_KUBECTL_DIR, realKubectl as installedKubectl } from '../../serve/testing/real-kubectl.js';
import { run, testSession } from '../testing/index.js';

const KUBECTL = installedKubectl('1.33') ?? '';
const haveKubectl = KUBECTL !== '';
if (!haveKubectl) console.warn(`server-side apply differential skipped: the reference client ${REAL_KUBECTL_DIR}/kubectl.1.33 is not installed (set KUBEDOJO_REAL_KUBECTL)`);

const WEB = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.27
        env:
        - name: MODE
          value: blue
`;

const FILES: Record<string, string> = {
  'web.yaml': WEB,
  'web3.yaml': WEB.replace('replicas: 2', 'replicas: 3').replace(/ {8}env:[\s\S]*$/, ''),
  'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  labels:\n    tier: web\ndata:\n  mode: blue\n',
  'cm-typo.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: typo\ndatta:\n  mode: blue\n',
  'cm-noname.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels:\n    a: b\ndata:\n  mode: blue\n',
};

const SCRIPT = [
  'apply -f web.yaml',
  'apply --server-side -f web3.yaml',
  // After the migration: kubectl and kubectl-last-applied apply; no client-side Update entry is left.
  'get deploy web -o jsonpath={.metadata.managedFields[*].operation}',
  'get deploy web -o jsonpath={.spec.template.spec.containers[0].env}',
  'scale deploy web --replicas=5',
  'apply --server-side -f web3.yaml',
  'apply --server-side -f web3.yaml --force-conflicts',
  'get deploy web -o jsonpath={.spec.replicas}',
  // Entries sort by time first: with serve's wall clock the order of the two Apply entries may
  // vary, so only the operations are compared (the scale entry is gone after forcing).
  'get deploy web -o jsonpath={.metadata.managedFields[*].operation}',
  'apply --server-side -f cm.yaml',
  'get cm settings -o jsonpath={.metadata.managedFields[0].fieldsV1}',
  'label cm settings tier=api --overwrite',
  'apply --server-side -f cm.yaml',
  'apply --server-side -f cm-typo.yaml',
  'apply --server-side -f cm.yaml --force-conflicts',
  'get cm settings -o jsonpath={.metadata.managedFields[*].manager}',
  'apply --server-side -f cm-noname.yaml',
  'apply --server-side -f cm.yaml --dry-run=server',
];

class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

function realKubectl(kubeconfig: string, cwd: string, line: string): Promise<string> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'kubedojo-ssa-cache-'));
  return new Promise((done) => {
    execFile(KUBECTL, ['--kubeconfig', kubeconfig, '--cache-dir', cacheDir, ...line.split(' ')], { timeout: 20_000, cwd }, (error, out, err) => {
      done(`[exit ${error ? error.code : 0}]\n${out}${err}`);
    });
  });
}

describe.skipIf(!haveKubectl)('kubectl apply --server-side: embedded vs the real kubectl 1.33', () => {
  it('prints the same for create, migration, conflicts, forcing and undeclared fields', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubedojo-ssa-'));
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
    const kubeconfig = join(dir, 'kubeconfig');
    const out = new Collector();
    const signals = new EventEmitter();
    const exit = serveCommand(['--kubeconfig', kubeconfig, '--port', '0'], { stdout: out, stderr: new Collector(), stdin: new PassThrough(), env: {} }, { signals });
    try {
      while (!out.text.includes('Press Ctrl-C to stop.')) await new Promise((r) => setTimeout(r, 10));
      const real: string[] = [];
      for (const line of SCRIPT) real.push(`$ kubectl ${line}\n${await realKubectl(kubeconfig, dir, line)}`);
      const session = testSession({ files: FILES });
      const embedded = SCRIPT.map((line) => {
        const r = run(session, `kubectl ${line}`);
        return `$ kubectl ${line}\n[exit ${r.code}]\n${r.stdout}${r.stderr}`;
      });
      expect(embedded.join('\n')).toBe(real.join('\n'));
    } finally {
      signals.emit('SIGINT');
      await exit;
    }
  }, 120_000);
});
