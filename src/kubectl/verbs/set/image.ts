/**
 * `kubectl set image TYPE NAME CONTAINER=IMAGE ...` (pkg/cmd/set/set_image.go): `*` sets
 * every container; init containers count too. Prints `deployment.apps/web image updated`,
 * nothing when the image was already set.
 */
import { NO_RESOURCES } from '../../apply/common.js';
import { helpOf } from '../../apply/flag-specs.js';
import { fail } from '../../context.js';
import { flag } from '../../flags.js';
import type { Container } from '../../../sim/index.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { runTemplateChange } from './apply-template-change.js';
import { splitResourcesAndPairs } from './pairs.js';

function setImage(containers: Container[] | undefined, name: string, image: string): boolean {
  let found = false;
  for (const c of containers ?? []) {
    if (c.name === name || name === '*') {
      found = true;
      c.image = image;
    }
  }
  return found;
}

function run(ctx: VerbContext): number {
  const split = splitResourcesAndPairs(ctx.parsed.args, 'image');
  if (!split.ok) return fail(ctx, split.error);
  const images: [string, string][] = [];
  for (const pair of split.pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) return fail(ctx, `invalid image format: ${pair}`);
    images.push([pair.slice(0, eq), pair.slice(eq + 1)]);
  }
  // Complete builds the resource list before Validate runs, so a missing resource is the
  // builder's error (checked with the kubectl client: `kubectl set image` with no arguments).
  if (!split.resources.length && !flag.list(ctx.parsed, 'filename').length) return fail(ctx, NO_RESOURCES);
  const problems: string[] = [];
  if (flag.bool(ctx.parsed, 'all') && flag.str(ctx.parsed, 'selector')) problems.push('cannot set --all and --selector at the same time');
  if (!split.resources.length && !flag.list(ctx.parsed, 'filename').length) problems.push('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (!images.length) problems.push('at least one image update is required');
  else if (images.length > 1 && images.some(([n]) => n === '*')) problems.push('all containers are already specified by *, but saw more than one container_name=container_image pairs');
  if (problems.length === 1) return fail(ctx, problems[0]);
  if (problems.length) return fail(ctx, `[${problems.join(', ')}]`);
  return runTemplateChange(ctx, split.resources, {
    operation: 'image updated',
    fieldManager: 'kubectl-set',
    failurePrefix: 'failed to patch image update to pod template',
    change(spec) {
      const errs: string[] = [];
      for (const [name, image] of images) {
        const init = setImage(spec.initContainers, name, image);
        const main = setImage(spec.containers, name, image);
        if (!init && !main) errs.push(`error: unable to find container named ${JSON.stringify(name)}`);
      }
      return errs;
    },
  });
}

export const setImageVerb: VerbDef = { name: 'image', ...helpOf('set image'), short: 'Update the image of a pod template', run };
