/** `kubectl annotate TYPE NAME key=value key-` (pkg/cmd/annotate/annotate.go): always prints `annotated`. */
import { helpOf } from '../apply/flag-specs.js';
import { runMetadataVerb, type MetadataVerbConfig } from '../apply/metadata-edit.js';
import type { VerbDef } from '../types.js';

const ANNOTATE: MetadataVerbConfig = {
  field: 'annotations',
  noun: 'annotation',
  fieldManager: 'kubectl-annotate',
  validate: () => undefined,
  overwriteError: (conflicts) => `--overwrite is false but found the following declared annotation(s): ${conflicts.map(([k, v]) => `'${k}' already has a value (${v})`).join('; ')}`,
  message: () => 'annotated',
  alwaysOverwritable: ['kubernetes.io/change-cause'],
};

export const annotateVerb: VerbDef = {
  name: 'annotate',
  group: 'Settings Commands',
  ...helpOf('annotate'),
  short: 'Update the annotations on a resource',
  run: (ctx) => runMetadataVerb(ctx, ANNOTATE),
};
