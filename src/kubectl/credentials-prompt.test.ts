/**
 * A context whose user has no credentials: clientcmd (auth_loaders.go PromptingAuthLoader)
 * asks for a username and password on stdin before the first request. Expected text: the
 * real kubectl 1.33 against `kubedojo serve` with such a context and no stdin
 * (`Please enter Username: ` on stdout, `error: EOF`, exit 1; found by the differential suite).
 */
import { describe, expect, it } from 'vitest';
import { run, testSession } from './testing/index.js';

describe('no credentials in the context', () => {
  it('prompts for a username and ends at EOF without input', () => {
    const s = testSession();
    expect(run(s, 'kubectl config set-context empty --cluster=kind-kind --user=nobody').code).toBe(0);
    expect(run(s, 'kubectl --context empty get pods')).toMatchObject({ code: 1, stdout: 'Please enter Username: ', stderr: 'error: EOF\n' });
    expect(run(s, 'kubectl --context empty get pods', 'ann\n')).toMatchObject({ code: 1, stdout: 'Please enter Username: Please enter Password: ', stderr: 'error: EOF\n' });
  });

  it('does not prompt for client-only commands or with a token', () => {
    const s = testSession();
    run(s, 'kubectl config set-context empty --cluster=kind-kind --user=nobody');
    expect(run(s, 'kubectl --context empty config view --minify').stdout).not.toContain('Please enter');
    expect(run(s, 'kubectl --context empty version --client').stdout).not.toContain('Please enter');
  });
});
