/**
 * `kubectl create cronjob NAME --image=IMAGE --schedule=CRON [--restart=POLICY] [-- COMMAND...]`
 * (kubernetes/kubectl pkg/cmd/create/create_cronjob.go): --image and --schedule are required
 * flags; restartPolicy defaults to OnFailure; the job template is named after the CronJob.
 */
import type { KObject } from '../../../sim/index.js';
import { helpOf } from '../../apply/flag-specs.js';
import { flag } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { createGenerated, generatedMeta, requiredFlag } from './generator.js';
import './help-extra.js';
import { commandAfterName, nameBeforeDash } from './job.js';

function run(ctx: VerbContext): number {
  // cobra checks required flags before the command runs, all of them in one message.
  const missing = ['image', 'schedule'].filter((f) => !flag.given(ctx.parsed, f));
  if (missing.length) return requiredFlag(ctx, missing.join('\\", \\"'));
  const name = nameBeforeDash(ctx);
  if (typeof name === 'number') return name;
  const command = commandAfterName(ctx);
  const container: Record<string, unknown> = { name, image: flag.str(ctx.parsed, 'image') };
  if (command.length) container.command = command;
  container.resources = {};
  const obj: KObject = {
    kind: 'CronJob', apiVersion: 'batch/v1', metadata: generatedMeta(ctx, name),
    spec: {
      schedule: flag.str(ctx.parsed, 'schedule'),
      jobTemplate: {
        metadata: { name, creationTimestamp: null },
        spec: { template: { metadata: { creationTimestamp: null }, spec: { containers: [container], restartPolicy: flag.str(ctx.parsed, 'restart') || 'OnFailure' } } },
      },
    },
    status: {},
  };
  return createGenerated(ctx, obj, undefined);
}

export const createCronJobVerb: VerbDef = { name: 'cronjob', aliases: ['cj'], ...helpOf('create cronjob'), short: 'Create a cron job with the specified name', run };
