/** The embedded side of a differential run: our kubectl in-process on its own copy of the cluster. */
import type { Cluster } from '../../../src/sim/index.js';
import { newKubectlSession, runKubectl } from '../../../src/kubectl/index.js';
import { CaptureIO } from '../../../src/kubectl/testing/index.js';
import { Workspace } from '../../../src/shell/index.js';
import { embeddedKubeconfig } from './kubeconfig.js';
import type { CommandResult, RunSetup } from './result.js';
import type { Step } from './script.js';

/**
 * Runs `steps` through runKubectl with a kubeconfig naming `server` (the real side's
 * address, so both print the same). runKubectl settles the cluster after every command.
 */
export function runEmbedded(steps: Step[], cluster: Cluster, setup: RunSetup & { server: string; token: string; caData?: string }): CommandResult[] {
  const workspace = new Workspace(setup.root);
  const session = newKubectlSession(cluster, workspace, { env: { KUBECONFIG: setup.kubeconfigPath, HOME: setup.home } });
  session.kubeconfig = embeddedKubeconfig(setup.server, setup.token, setup.caData);
  const results: CommandResult[] = [];
  for (const step of steps) {
    if (step.kind === 'advance') {
      cluster.advance(step.ms);
      continue;
    }
    let stdin = step.stdin;
    if (step.stdinFile !== undefined) {
      const read = workspace.read(step.stdinFile);
      if (!read.ok) throw new Error(`line ${step.lineNo}: ${read.error}`);
      stdin = read.data;
    }
    const io = new CaptureIO(stdin);
    const code = runKubectl(step.argv, session, io);
    results.push({ line: step.line, lineNo: step.lineNo, code, stdout: io.stdout, stderr: io.stderr });
  }
  return results;
}
