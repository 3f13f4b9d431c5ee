// The checked-in schema must be exactly what the generator derives from the installed
// @kubernetes/client-node models (the maintained source), so it cannot drift by hand.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('k8s-schema.json', () => {
  it('matches a fresh generation from @kubernetes/client-node', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kubedojo-schema-')), 'schema.json');
    execFileSync(process.execPath, ['scripts/gen-schema.mjs', out], { stdio: 'pipe' });
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('src/sim/schema/k8s-schema.json', 'utf8'));
  });

  it('describes the fields the course relies on', () => {
    const schema = JSON.parse(readFileSync('src/sim/schema/k8s-schema.json', 'utf8'));
    expect(schema.kinds['apps/v1 Deployment']).toBe('V1Deployment');
    expect(schema.types.V1Probe.periodSeconds).toBe('i32');
    expect(schema.types.V1Probe.periodSeonds).toBeUndefined();
    expect(schema.types.V1RollingUpdateDeployment.maxSurge).toBe('is');
    expect(schema.types.V1PodSpec.containers).toBe('[V1Container]');
  });
});
