/**
 * `kubectl create deployment NAME --image=IMAGE [--replicas=N] [--port=P] [-- COMMAND]`
 * (kubernetes/kubectl pkg/cmd/create/create_deployment.go): labels and selector `app: NAME`,
 * one container per --image named after the image (path, tag and digest stripped; `_` and `.`
 * become `-` plus a random 5-character suffix).
 */
import type { KObject } from '../../../sim/index.js';
import { helpOf } from '../../apply/flag-specs.js';
import { fail } from '../../context.js';
import { flag } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { createGenerated, generatedMeta, requiredFlag, singleName } from './generator.js';

/** utilrand.String's alphabet (k8s.io/apimachinery pkg/util/rand): no vowels, no confusable digits. */
const RAND_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

function containerName(ctx: VerbContext, image: string): string {
  let name = image.split('/').pop() ?? image;
  if (name.includes(':')) name = name.split(':')[0];
  if (name.includes('@')) name = name.split('@')[0];
  if (/[_.]/.test(name)) {
    const rand = ctx.session.cluster.rand;
    let suffix = '';
    for (let i = 0; i < 5; i++) suffix += RAND_ALPHABET[rand.int(RAND_ALPHABET.length)];
    name = `${name.replace(/_/g, '-').replace(/\./g, '-')}-${suffix}`;
  }
  return name;
}

function run(ctx: VerbContext): number {
  if (!flag.given(ctx.parsed, 'image')) return requiredFlag(ctx, 'image');
  const name = singleName(ctx);
  if (typeof name === 'number') return name;
  const images = flag.list(ctx.parsed, 'image');
  const dash = ctx.parsed.argsLenAtDash;
  const command = dash >= 0 ? ctx.parsed.args.slice(dash) : [];
  if (images.length > 1 && command.length) return fail(ctx, 'cannot specify multiple --image options and command');
  const labels = { app: name };
  const containers = images.map((image) => {
    const c: Record<string, unknown> = { name: containerName(ctx, image), image };
    if (command.length) c.command = command;
    c.resources = {};
    return c;
  });
  const port = flag.int(ctx.parsed, 'port');
  if (port >= 0 && containers.length) {
    const first = containers[0];
    const { resources, ...rest } = first;
    containers[0] = { ...rest, ports: [{ containerPort: port }], resources };
  }
  const obj: KObject = {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    metadata: generatedMeta(ctx, name, { ...labels }),
    spec: {
      replicas: flag.int(ctx.parsed, 'replicas'),
      selector: { matchLabels: { ...labels } },
      template: { metadata: { creationTimestamp: null, labels: { ...labels } }, spec: { containers } },
      strategy: {},
    },
    status: {},
  };
  return createGenerated(ctx, obj, 'failed to create deployment');
}

export const createDeploymentVerb: VerbDef = {
  name: 'deployment',
  aliases: ['deploy'],
  ...helpOf('create deployment'),
  short: 'Create a deployment with the specified name',
  run,
};
