import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, Workspace } from './workspace.js';

function setup(): { ws: Workspace; root: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'kubedojo-ws-'));
  const root = join(base, 'ws');
  const outside = join(base, 'secret');
  mkdirSync(root);
  mkdirSync(outside);
  writeFileSync(join(outside, 'key'), 'top secret');
  writeFileSync(join(root, 'app.yaml'), 'kind: Pod\n');
  return { ws: new Workspace(root), root: new Workspace(root).root, outside };
}

describe('Workspace confinement', () => {
  it('reads and writes inside the workspace', () => {
    const { ws } = setup();
    expect(ws.readText('app.yaml')).toEqual({ ok: true, value: 'kind: Pod\n' });
    expect(ws.writeText('sub.yaml', 'x')).toEqual({ ok: true, value: true });
    expect(ws.read('./sub.yaml')).toEqual({ ok: true, data: 'x' });
  });

  it.each(['../secret/key', 'a/../../secret/key', '/etc/passwd'])('refuses %s', (p) => {
    const { ws } = setup();
    expect(ws.readText(p)).toEqual({ ok: false, code: 'OUTSIDE' });
    expect(ws.writeText(p, 'x')).toEqual({ ok: false, code: 'OUTSIDE' });
    expect(ws.stat(p)).toBeUndefined();
  });

  it('accepts absolute paths that are inside', () => {
    const { ws, root } = setup();
    expect(ws.readText(join(root, 'app.yaml')).ok).toBe(true);
  });

  it('refuses symlinks that lead out, file or directory, even dangling ones', () => {
    const { ws, root, outside } = setup();
    symlinkSync(join(outside, 'key'), join(root, 'link'));
    symlinkSync(outside, join(root, 'dirlink'));
    symlinkSync(join(outside, 'new-file'), join(root, 'dangling'));
    expect(ws.readText('link')).toEqual({ ok: false, code: 'OUTSIDE' });
    expect(ws.readText('dirlink/key')).toEqual({ ok: false, code: 'OUTSIDE' });
    expect(ws.writeText('dirlink/new', 'x')).toEqual({ ok: false, code: 'OUTSIDE' });
    expect(ws.writeText('dangling', 'x')).toEqual({ ok: false, code: 'OUTSIDE' });
  });

  it('follows symlinks that stay inside', () => {
    const { ws, root } = setup();
    symlinkSync(join(root, 'app.yaml'), join(root, 'alias.yaml'));
    expect(ws.readText('alias.yaml')).toEqual({ ok: true, value: 'kind: Pod\n' });
  });

  it('cannot cd out', () => {
    const { ws, root } = setup();
    expect(ws.chdir('..')).toEqual({ ok: false, code: 'OUTSIDE' });
    expect(ws.pwd()).toBe(root);
  });

  it('refuses files over the size limit', () => {
    const { ws, root } = setup();
    writeFileSync(join(root, 'big'), Buffer.alloc(MAX_FILE_BYTES + 1));
    expect(ws.readText('big')).toEqual({ ok: false, code: 'TOOBIG' });
    expect(ws.writeText('big2', 'x'.repeat(MAX_FILE_BYTES + 1))).toEqual({ ok: false, code: 'TOOBIG' });
  });

  it('words refusals for the learner, and in Go style for kubectl', () => {
    const { ws, root } = setup();
    expect(`cat: /etc/passwd: ${ws.reason('OUTSIDE')}`).toBe(`cat: /etc/passwd: outside the workspace (kubedojo keeps your files in ${root})`);
    expect(ws.read('missing.yaml')).toEqual({ ok: false, error: 'open missing.yaml: no such file or directory' });
  });
});
