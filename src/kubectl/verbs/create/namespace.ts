/** `kubectl create namespace NAME` (pkg/cmd/create/create_namespace.go); API errors are not wrapped. */
import type { KObject } from '../../../sim/index.js';
import { helpOf } from '../../apply/flag-specs.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { createGenerated, singleName } from './generator.js';

function run(ctx: VerbContext): number {
  const name = singleName(ctx);
  if (typeof name === 'number') return name;
  const obj: KObject = { kind: 'Namespace', apiVersion: 'v1', metadata: { name, creationTimestamp: null } as unknown as KObject['metadata'], spec: {}, status: {} };
  return createGenerated(ctx, obj, undefined);
}

export const createNamespaceVerb: VerbDef = { name: 'namespace', aliases: ['ns'], ...helpOf('create namespace'), short: 'Create a namespace with the specified name', run };
