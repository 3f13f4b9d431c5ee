/**
 * `kubectl edit` opens the live object in $EDITOR and applies what the editor saved. Learner
 * input never starts a program here, so there is no editor to open: edit checks the object
 * exists (as kubectl's first GET would) and then explains the alternatives.
 */
import { NO_RESOURCES } from '../apply/common.js';
import { findTargets } from '../apply/targets.js';
import { fail, failUsage } from '../context.js';
import type { FlagSpec } from '../flags.js';
import type { VerbContext, VerbDef } from '../types.js';

/** Why edit cannot run here and what to do instead (also used by `create --edit`). */
export const EDIT_EXPLANATION = `kubectl edit needs to open a text editor ($EDITOR), and this simulated terminal cannot start other programs.
To change the object, use one of these instead:
  - edit your manifest file and run:   kubectl apply -f FILE
  - change fields directly:            kubectl patch TYPE NAME -p '{"spec":{...}}'
  - common changes have their own commands: kubectl set image, kubectl set env, kubectl scale, kubectl label, kubectl annotate
  - to start from the live object:     kubectl get TYPE NAME -o yaml > FILE, edit FILE, then kubectl apply -f FILE`;

function run(ctx: VerbContext): number {
  const found = findTargets(ctx, ctx.parsed.args, { allowList: true, all: true, fetch: true });
  if (!found.ok) {
    if (found.error === 'NO_RESOURCES') return fail(ctx, NO_RESOURCES);
    return found.usage ? failUsage(ctx, found.error) : fail(ctx, found.error);
  }
  for (const e of found.errors) ctx.io.err(`${e}\n`);
  if (found.errors.length && !found.targets.length) return 1;
  return fail(ctx, EDIT_EXPLANATION);
}

const str = (name: string, usage: string, shorthand?: string): FlagSpec => ({ name, type: 'string', usage, ...(shorthand ? { shorthand } : {}) });

export const editVerb: VerbDef = {
  name: 'edit',
  group: 'Basic Commands (Intermediate)',
  short: 'Edit a resource on the server',
  long: 'Edit a resource from the default editor.\n\n The edit command allows you to directly edit any API resource you can retrieve via the command-line tools. It will open the editor defined by your KUBE_EDITOR, or EDITOR environment variables, or fall back to \'vi\' for Linux or \'notepad\' for Windows.',
  usage: 'kubectl edit (RESOURCE/NAME | -f FILENAME) [options]',
  flags: [
    { name: 'filename', shorthand: 'f', type: 'stringSlice', default: [], usage: 'Filename, directory, or URL to files to use to edit the resource' },
    str('output', "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).", 'o'),
    { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'Process the directory used in -f, --filename recursively.' },
    { name: 'output-patch', type: 'bool', usage: 'Output the patch if the resource is edited.' },
    { name: 'save-config', type: 'bool', usage: 'If true, the configuration of current object will be saved in its annotation.' },
    { name: 'windows-line-endings', type: 'bool', usage: 'Defaults to the line ending native to your platform.' },
    str('validate', "Must be one of: strict (or true), warn, ignore (or false).", undefined),
    str('field-manager', 'Name of the manager used to track field ownership.'),
    str('subresource', 'If specified, edit will operate on the subresource of the requested object.'),
  ],
  run,
};
