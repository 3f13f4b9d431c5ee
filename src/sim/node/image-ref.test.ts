import { describe, expect, it } from 'vitest';
import { defaultPullPolicy, goDuration, nextBackoff } from './image-pull.js';
import { parseImageRef } from './image-ref.js';
import { milliCpu, quantityValue } from './quantity.js';

describe('image references (distribution/reference normalisation)', () => {
  it('fills in docker.io, library/ and :latest as containerd does', () => {
    expect(parseImageRef('nginx')?.full).toBe('docker.io/library/nginx:latest');
    expect(parseImageRef('nginx:1.14.2')?.full).toBe('docker.io/library/nginx:1.14.2');
    expect(parseImageRef('luksa/kubia:v1')?.full).toBe('docker.io/luksa/kubia:v1');
    expect(parseImageRef('registry.k8s.io/pause:3.10')?.full).toBe('registry.k8s.io/pause:3.10');
    expect(parseImageRef('localhost:5000/app')?.full).toBe('localhost:5000/app:latest');
  });

  it('rejects what is not a reference (InvalidImageName)', () => {
    expect(parseImageRef('NGINX')).toBeUndefined();
    expect(parseImageRef('nginx:1:2')).toBeUndefined();
    expect(parseImageRef('')).toBeUndefined();
  });

  it('defaults imagePullPolicy by tag (reference §5.5)', () => {
    expect(defaultPullPolicy('nginx')).toBe('Always');
    expect(defaultPullPolicy('nginx:latest')).toBe('Always');
    expect(defaultPullPolicy('nginx:1.27')).toBe('IfNotPresent');
    expect(defaultPullPolicy(`nginx@sha256:${'a'.repeat(64)}`)).toBe('IfNotPresent');
  });
});

describe('kubelet back-off (flowcontrol.Backoff: 10 s doubling to 300 s)', () => {
  it('doubles up to five minutes and resets after ten quiet minutes', () => {
    let b = nextBackoff(undefined, 0);
    const seen = [b.delayMs];
    for (let i = 0; i < 7; i++) { b = nextBackoff(b, (i + 1) * 1000); seen.push(b.delayMs); }
    expect(seen).toEqual([10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]);
    expect(nextBackoff(b, 8_000 + 600_001).delayMs).toBe(10_000);
  });

  it('prints durations as Go does', () => {
    expect([goDuration(423), goDuration(3_211), goDuration(10_000), goDuration(80_000), goDuration(300_000)]).toEqual(['423ms', '3.211s', '10s', '1m20s', '5m0s']);
  });
});

describe('quantities', () => {
  it('reads cpu and memory', () => {
    expect(milliCpu('250m')).toBe(250);
    expect(milliCpu('1.5')).toBe(1500);
    expect(quantityValue('1Gi')).toBe(1024 ** 3);
    expect(quantityValue('128M')).toBe(128e6);
  });
});
