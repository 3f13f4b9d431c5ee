/**
 * `kubectl explain TYPE[.field...]` (kubectl 1.33, OpenAPI v3 and the plaintext template
 * kubernetes/kubectl pkg/explain/v2/templates/plaintext.tmpl): GROUP/KIND/VERSION, the
 * FIELD line, DESCRIPTION wrapped at 76 columns, FIELDS sorted with `name\t<type>`, or
 * the field tree with --recursive. Descriptions come from src/kubectl/explain-data.json
 * (scripts/gen-explain.mjs). Field-level descriptions of object-typed fields are missing
 * from that source, so those fall back to the type's own description.
 */
import raw from '../explain-data.json' with { type: 'json' };
import { resolveResource, RESOURCE_TYPES, groupVersion, type ResourceType } from '../../sim/index.js';
import { fail } from '../context.js';
import { flag, type FlagSpec } from '../flags.js';
import type { VerbContext, VerbDef } from '../types.js';

interface FieldInfo { t: string; d?: string; r?: 1 }
interface TypeInfo { d?: string; f: Record<string, FieldInfo> }
const DATA = raw as unknown as { kinds: Record<string, string>; types: Record<string, TypeInfo> };

/** mitchellh/go-wordwrap WrapString: break at whitespace so lines stay within `lim`; long words stay whole. */
export function wordWrap(s: string, lim: number): string {
  let out = '';
  let current = 0;
  let word = '';
  let space = '';
  for (const ch of s) {
    if (ch === '\n') {
      if (!word) {
        if (current + space.length <= lim) out += space;
      } else {
        out += space + word;
      }
      space = '';
      word = '';
      out += ch;
      current = 0;
    } else if (/\s/.test(ch) && ch !== '\u00a0') {
      if (!space || word) {
        current += space.length + word.length;
        out += space + word;
        space = '';
        word = '';
      }
      space += ch;
    } else {
      word += ch;
      if (current + space.length + word.length > lim && word.length < lim) {
        out += '\n';
        current = 0;
        space = '';
      }
    }
  }
  if (!word) {
    if (current + space.length <= lim) out += space;
  } else {
    out += space + word;
  }
  return out;
}

/** The template's `indent`: pad the first line and every line after a newline. */
function indent(n: number, s: string): string {
  const pad = ' '.repeat(n);
  return pad + s.replace(/\n/g, `\n${pad}`);
}

/** `V1DeploymentStrategy` → `DeploymentStrategy`, `CoreV1Event` → `Event`. */
function shortName(model: string): string {
  return model.replace(/^(?:[A-Z][a-z]+)*V\d+(?:(?:alpha|beta)\d+)?/, '') || model;
}

/** The template's typeGuess over our type codes: `string`, `integer`, `[]Container`, `map[string]string`, `Object`. */
export function typeGuess(code: string): string {
  if (code.startsWith('[')) return `[]${typeGuess(code.slice(1, -1))}`;
  if (code.startsWith('{')) return `map[string]${typeGuess(code.slice(1, -1))}`;
  const prim: Record<string, string> = { s: 'string', byte: 'string', t: 'string', b: 'boolean', i32: 'integer', i64: 'integer', f: 'number', x: 'Object', is: 'IntOrString' };
  return prim[code] ?? shortName(code);
}

/** The model a type code leads to when traversing (arrays and maps step into their element). */
function modelOf(code: string): string | undefined {
  if (code.startsWith('[') || code.startsWith('{')) return modelOf(code.slice(1, -1));
  return DATA.types[code] ? code : undefined;
}

function fieldDescription(f: FieldInfo): string {
  const m = modelOf(f.t);
  return f.d ?? (m ? DATA.types[m].d : undefined) ?? '';
}

function fieldList(model: string, level: number, recursive: boolean, history: Set<string>): string {
  if (history.has(model)) return '';
  const seen = new Set(history).add(model);
  const t = DATA.types[model];
  let out = '';
  for (const name of Object.keys(t.f).sort()) {
    const f = t.f[name];
    const amount = level * 2;
    out += `${indent(amount, name)}\t<${typeGuess(f.t)}>${f.r ? ' -required-' : ''}\n`;
    if (!recursive) {
      out += `${indent(amount + 2, wordWrap(fieldDescription(f) || '<no description>', 78 - amount))}\n\n`;
    } else {
      const sub = modelOf(f.t);
      if (sub) out += fieldList(sub, level + 1, recursive, seen);
    }
  }
  return out;
}

/**
 * Renders the explanation, or the error kubectl prints. kubectl's plaintext template writes
 * the GROUP/KIND/VERSION header before it looks the field path up, so a missing field
 * still leaves that header on stdout (`printed`).
 */
export function explain(type: ResourceType, path: string[], recursive: boolean): { ok: true; text: string } | { ok: false; error: string; printed?: string } {
  const root = DATA.kinds[`${groupVersion(type)} ${type.kind}`];
  if (!root) return { ok: false, error: `couldn't find resource for "${groupVersion(type)}, Kind=${type.kind}"` };
  const header = `${type.group ? `GROUP:      ${type.group}\n` : ''}KIND:       ${type.kind}\nVERSION:    ${type.version}\n\n`;
  let out = header;
  let code = root;
  let desc = `${DATA.types[root].d ?? ''}\n`;
  for (let i = 0; i < path.length; i++) {
    const model = modelOf(code);
    const field = model ? DATA.types[model].f[path[i]] : undefined;
    if (!field) return { ok: false, error: `field "${path[path.length - 1]}" does not exist`, printed: header };
    if (i === path.length - 1) out += `FIELD: ${path[i]} <${typeGuess(field.t)}>\n\n\n`;
    code = field.t;
    const sub = modelOf(code);
    desc = [field.d, sub ? DATA.types[sub].d : undefined].filter(Boolean).map((d) => `${d}\n`).join('');
  }
  out += `DESCRIPTION:\n${indent(4, wordWrap(desc || '<empty>', 76))}\n`;
  const model = modelOf(code);
  const fields = model ? fieldList(model, 1, recursive, new Set()) : '';
  if (fields) out += `FIELDS:\n${fields}`;
  return { ok: true, text: `${out}\n` };
}

const FLAGS: FlagSpec[] = [
  { name: 'api-version', type: 'string', usage: 'Get different explanations for particular API version (API group/version)' },
  { name: 'output', shorthand: 'o', type: 'string', default: 'plaintext', usage: 'Format in which to render the schema (plaintext, plaintext-openapiv2)' },
  { name: 'recursive', type: 'bool', usage: 'Print the fields of fields (Currently only 1 level deep)' },
];

function run(ctx: VerbContext): number {
  const args = ctx.parsed.args;
  if (!args.length) return fail(ctx, 'You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.');
  if (args.length > 1) return fail(ctx, 'We accept only this format: explain RESOURCE');
  const output = flag.str(ctx.parsed, 'output');
  if (output !== 'plaintext' && output !== 'plaintext-openapiv2') return fail(ctx, `unrecognized format: ${output}`);
  const [resource, ...rest] = args[0].replace(/\.$/, '').split('.');
  const apiVersion = flag.str(ctx.parsed, 'api-version');
  let type = resolveResource(resource);
  let path = rest;
  // explain.SplitAndParseResourceRequestWithMatchingPrefix: a fully qualified plural
  // (`deployments.apps.spec`) names the group; anything else is a field path.
  const qualified = type && RESOURCE_TYPES.find((t) => t.plural === type!.plural && t.group && args[0].startsWith(`${t.plural}.${t.group}`));
  if (qualified) {
    type = qualified;
    path = args[0].slice(`${qualified.plural}.${qualified.group}`.length).split('.').filter(Boolean);
  }
  if (type && apiVersion) {
    type = RESOURCE_TYPES.find((t) => groupVersion(t) === apiVersion && t.kind === type!.kind);
    if (!type) return fail(ctx, `couldn't find resource for "${apiVersion}, Resource=${resource}"`);
  }
  if (!type) return fail(ctx, `the server doesn't have a resource type "${resource}"`);
  const r = explain(type, path, flag.bool(ctx.parsed, 'recursive'));
  if (!r.ok) {
    if (r.printed) ctx.io.out(r.printed);
    return fail(ctx, r.error);
  }
  ctx.io.out(r.text);
  return 0;
}

export const explainVerb: VerbDef = {
  name: 'explain',
  group: 'Basic Commands (Intermediate)',
  short: 'Get documentation for a resource',
  long: `Describe fields and structure of various resources.

 This command describes the fields associated with each supported API resource. Fields are identified via a simple JSONPath identifier:

        <type>.<fieldName>[.<fieldName>]
        
 Information about each field is retrieved from the server in OpenAPI format.

Use "kubectl api-resources" for a complete list of supported resources.`,
  examples: `  # Get the documentation of the resource and its fields
  kubectl explain pods
  
  # Get all the fields in the resource
  kubectl explain pods --recursive
  
  # Get the explanation for deployment in supported api versions
  kubectl explain deployments --api-version=apps/v1
  
  # Get the documentation of a specific field of a resource
  kubectl explain pods.spec.containers
  
  # Get the documentation of resources in different format
  kubectl explain deployment --output=plaintext-openapiv2`,
  usage: 'kubectl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2] [options]',
  flags: FLAGS,
  run,
};
