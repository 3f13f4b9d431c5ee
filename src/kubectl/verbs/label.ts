/** `kubectl label TYPE NAME key=value key-` (pkg/cmd/label/label.go): labeled / unlabeled / not labeled. */
import { helpOf } from '../apply/flag-specs.js';
import { runMetadataVerb, type MetadataVerbConfig } from '../apply/metadata-edit.js';
import type { VerbDef } from '../types.js';

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

const LABEL: MetadataVerbConfig = {
  field: 'labels',
  noun: 'label',
  fieldManager: 'kubectl-label',
  validate(spec, _key, value) {
    const errs: string[] = [];
    if (value.length > 63) errs.push('must be no more than 63 characters');
    if (!LABEL_VALUE.test(value)) errs.push("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
    return errs.length ? `invalid label value: ${JSON.stringify(spec)}: ${errs.join(';')}` : undefined;
  },
  overwriteError: (conflicts) => conflicts.map(([k, v]) => `'${k}' already has a value (${v}), and --overwrite is false`).join('\n'),
  // updateDataChangeMsg: "unlabeled" only when the object shrank and --overwrite was not given.
  message: (changed, shrank, overwrite) => (!changed ? 'not labeled' : !overwrite && shrank ? 'unlabeled' : 'labeled'),
};

export const labelVerb: VerbDef = {
  name: 'label',
  group: 'Settings Commands',
  ...helpOf('label'),
  short: 'Update the labels on a resource',
  run: (ctx) => runMetadataVerb(ctx, LABEL),
};
