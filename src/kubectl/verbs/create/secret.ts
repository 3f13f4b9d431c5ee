/** `kubectl create secret (docker-registry | generic | tls)`: the subcommand group. */
import { helpOf } from '../../apply/flag-specs.js';
import type { VerbDef } from '../../types.js';
import './help-extra.js';
import { createSecretDockerRegistryVerb } from './secret-docker-registry.js';
import { createSecretGenericVerb } from './secret-generic.js';
import { createSecretTlsVerb } from './secret-tls.js';

export const createSecretVerb: VerbDef = {
  name: 'secret',
  ...helpOf('create secret'),
  short: 'Create a secret using a specified subcommand',
  subcommands: [createSecretDockerRegistryVerb, createSecretGenericVerb, createSecretTlsVerb],
};
