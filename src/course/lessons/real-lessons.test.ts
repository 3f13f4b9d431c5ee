/**
 * The course's own lessons load without problems. Scenario existence is not checked here
 * (the lint command does that with the scenario loader), only the form of scenario links.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLessons } from './load.js';

const root = fileURLToPath(new URL('../../../lessons', import.meta.url));

const PLANNED: Record<string, string> = {
  deployments: 'deployments/rollback',
  'rc-rolling-update': 'rc-rolling-update/legacy-rolling-update',
  'blue-green': 'blue-green/switch',
  'jobs-cronjobs': 'jobs-cronjobs/parallel-job',
  secrets: 'secrets/env-from-secret',
  rbac: 'rbac/pod-reader',
  helm: 'helm/upgrade-and-rollback',
  'probes-shutdown': 'probes-shutdown/readiness-blocks-bad-rollout',
};

describe('lessons/', () => {
  const { lessons, problems } = loadLessons(root);

  it('has no problems', () => {
    expect(problems).toEqual([]);
  });

  it('has the eight lessons, each linking its planned scenario and two more of its topic', () => {
    expect(lessons.map((l) => l.id).sort()).toEqual(Object.keys(PLANNED).sort());
    for (const l of lessons) {
      expect(l.scenarios, l.id).toContain(PLANNED[l.id]);
      expect(l.scenarios.filter((s) => s.startsWith(`${l.id}/`)).length, l.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps every lesson between 1,500 and 3,000 words of prose (code blocks not counted)', () => {
    for (const l of lessons) {
      const prose = l.markdown.replace(/```[\s\S]*?```/g, '');
      const words = prose.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
      expect(words, l.id).toBeGreaterThanOrEqual(1500);
      expect(words, l.id).toBeLessThanOrEqual(3000);
    }
  });

  it('fences every code block with a language tag', () => {
    for (const l of lessons) {
      const fences = l.markdown.split('\n').filter((line) => line.startsWith('```'));
      // Opening fences are the even-numbered ones.
      const untagged = fences.filter((f, i) => i % 2 === 0 && f.trim() === '```');
      expect(untagged, l.id).toEqual([]);
    }
  });
});
