import { describe, expect, it } from 'vitest';
import { complete, type CompletionContext } from './completion.js';

const CTX: CompletionContext = {
  commands: ['kubectl', 'helm', 'check', 'curl'],
  kubectlVerbs: [
    { name: 'get', flags: [{ name: 'output', shorthand: 'o' }, { name: 'watch', shorthand: 'w' }] },
    { name: 'rollout', subcommands: [{ name: 'undo' }, { name: 'status' }, { name: 'history' }] },
    { name: 'run' },
  ],
  globalFlags: ['--namespace'],
  helmVerbs: ['install', 'list'],
  types: ['pods', 'pod', 'po', 'deployments', 'deployment', 'deploy'],
  names: (t) => (t.startsWith('deploy') ? ['web', 'worker'] : ['web-1']),
};

const at = (text: string) => complete(text, text.length, CTX);

describe('complete', () => {
  it('completes the first word and adds a space when unique', () => {
    expect(at('kub')).toEqual({ text: 'kubectl ', cursor: 8, candidates: [] });
    expect(at('c').candidates).toEqual(['check', 'curl']);
  });
  it('completes kubectl verbs and sub-commands', () => {
    expect(at('kubectl ro').text).toBe('kubectl rollout ');
    expect(at('kubectl rollout u').text).toBe('kubectl rollout undo ');
    expect(at('kubectl r')).toEqual({ text: 'kubectl r', cursor: 9, candidates: ['rollout', 'run'] });
  });
  it('completes resource types, then object names of that type', () => {
    expect(at('kubectl get deployments w').candidates).toEqual(['web', 'worker']);
    expect(at('kubectl get deployments wo').text).toBe('kubectl get deployments worker ');
    expect(at('kubectl get po').candidates).toEqual(['po', 'pod', 'pods']);
  });
  it('completes TYPE/NAME', () => {
    expect(at('kubectl rollout undo deploy/we').text).toBe('kubectl rollout undo deploy/web ');
  });
  it('completes flags of the verb and global flags', () => {
    expect(at('kubectl get pods --o').text).toBe('kubectl get pods --output ');
    expect(at('kubectl get pods --n').text).toBe('kubectl get pods --namespace ');
  });
  it('completes helm verbs', () => {
    expect(at('helm i').text).toBe('helm install ');
  });
  it('starts over after a pipe', () => {
    expect(at('echo x | kub').text).toBe('echo x | kubectl ');
  });
  it('leaves the line alone when nothing matches', () => {
    expect(at('kubectl zz')).toEqual({ text: 'kubectl zz', cursor: 10, candidates: [] });
  });
});
