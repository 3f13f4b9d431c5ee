/**
 * Loading `-f FILE|DIR|-` (and `-R`) the way kubectl's resource builder does
 * (k8s.io/cli-runtime pkg/resource/visitor.go, builder.go): directories yield their
 * `.json`, `.yaml` and `.yml` files in name order, `-` reads standard input (source
 * "STDIN"), YAML streams are split on `---` lines and each document is decoded on its own,
 * empty documents are skipped and `kind: List` is expanded into its items.
 */
import yaml from 'js-yaml';
import type { KObject } from '../sim/index.js';
import { jsonSyntaxError } from './apply/json-syntax.js';
import type { VerbContext } from './types.js';

export interface LoadedObject {
  object: KObject;
  /** The file the object came from, as the learner named it (`STDIN` for `-`). */
  source: string;
}

export interface LoadResult {
  objects: LoadedObject[];
  /** Messages without the `error: ` prefix, in the order met. */
  errors: string[];
}

const MANIFEST_EXTENSIONS = ['.json', '.yaml', '.yml'];

/**
 * kubectl converts YAML to JSON with go-yaml v2, which follows YAML 1.1: besides
 * true/false, plain `y`, `yes`, `on`, `n`, `no`, `off` (in three casings) are booleans, so
 * `app: y` reaches the server as `"app": true` and fails to decode there. js-yaml's core
 * schema (YAML 1.2) would keep them strings. The type replaces the core schema's bool (same
 * tag), so it lists true/false too.
 */
const YAML11_BOOLS: Record<string, boolean> = Object.fromEntries(
  ([['true', true], ['y', true], ['yes', true], ['on', true], ['false', false], ['n', false], ['no', false], ['off', false]] as [string, boolean][]).flatMap(
    ([word, v]) => [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()].map((f): [string, boolean] => [f, v]),
  ),
);
const GO_YAML_SCHEMA = yaml.CORE_SCHEMA.extend({
  implicit: [
    new yaml.Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (data: string | null) => data !== null && data in YAML11_BOOLS,
      construct: (data: string) => YAML11_BOOLS[data],
    }),
  ],
});

/**
 * go-yaml's wording and line for the problems js-yaml reports differently, calibrated
 * against the kubectl client on malformed files. Some are reported by go-yaml on the line
 * before the offending one (the mapping or sequence it was still reading).
 */
type YamlProblem = { text: string; lineBefore: boolean };

const indentOf = (line: string) => line.length - line.trimStart().length;

/** js-yaml's "bad indentation of a mapping entry" covers three go-yaml errors. */
function badIndentation(line: string, prev: string): YamlProblem {
  const sameLineValue = /:\s/.test(line.replace(/^\s*(- )?[^:]*:\s/, ''));
  if (sameLineValue || indentOf(line) > indentOf(prev)) return { text: 'mapping values are not allowed in this context', lineBefore: false };
  return { text: /^\s*- /.test(prev) ? "did not find expected '-' indicator" : 'did not find expected key', lineBefore: true };
}

/** The innermost flow collection still open in `text`. */
function openFlow(text: string): string {
  const stack: string[] = [];
  for (const ch of text) {
    if (ch === '{' || ch === '[') stack.push(ch);
    else if ((ch === '}' || ch === ']') && stack.length) stack.pop();
  }
  return stack[stack.length - 1] === '[' ? ']' : '}';
}

const YAML_MESSAGES: { re: RegExp; problem: (line: string, prev: string, chunk: string) => YamlProblem }[] = [
  { re: /bad indentation of a mapping entry/, problem: badIndentation },
  { re: /bad indentation of a sequence entry/, problem: () => ({ text: "did not find expected '-' indicator", lineBefore: true }) },
  { re: /unexpected end of the stream within a flow collection/, problem: (_l, _p, chunk) => ({ text: `did not find expected ',' or '${openFlow(chunk)}'`, lineBefore: true }) },
  { re: /can not read a block mapping entry; a multiline key may not be an implicit key/, problem: () => ({ text: "could not find expected ':'", lineBefore: false }) },
  { re: /end of the stream or a document separator is expected/, problem: () => ({ text: 'did not find expected <document start>', lineBefore: false }) },
  { re: /duplicated mapping key/, problem: () => ({ text: 'mapping key already defined', lineBefore: false }) },
  { re: /unexpected end of the stream within a (single|double) quoted scalar/, problem: () => ({ text: 'found unexpected end of stream', lineBefore: false }) },
  { re: /tab characters must not be used in indentation/, problem: () => ({ text: 'found character that cannot start any token', lineBefore: false }) },
  { re: /incomplete explicit mapping pair/, problem: () => ({ text: 'did not find expected key', lineBefore: false }) },
];

/**
 * `yaml: line N: <problem>` as go-yaml v2's parser.fail() writes it: parser errors give the
 * 0-based line of the problem, scanner errors the 1-based one, and a problem on the first
 * line is reported without one (`yaml: <problem>`).
 */
export function goYamlError(e: yaml.YAMLException, chunk: string): string {
  const index = e.mark?.line ?? 0;
  const reason = e.reason ?? e.message;
  const lines = chunk.split('\n');
  let prev = '';
  for (let i = index - 1; i >= 0; i--) {
    if (lines[i]?.trim()) {
      prev = lines[i];
      break;
    }
  }
  const known = YAML_MESSAGES.find((m) => m.re.test(reason));
  const p = known ? known.problem(lines[index] ?? '', prev, chunk) : { text: reason, lineBefore: false };
  // js-yaml, like go-yaml's scanner, ends an unterminated last line before the stream end.
  const line = p.lineBefore ? index : index + 1;
  // A problem on the first line carries no usable mark.
  return index === 0 ? `yaml: ${p.text}` : `yaml: line ${line}: ${p.text}`;
}

/** Splits a YAML stream into documents at `---` lines, as kubectl's YAML reader does. */
function splitDocuments(text: string): string[] {
  const docs: string[] = [];
  let cur: string[] = [];
  for (const line of text.split('\n')) {
    if (/^---(\s.*)?$/.test(line.replace(/\r$/, ''))) {
      docs.push(cur.join('\n'));
      cur = [];
    } else cur.push(line);
  }
  docs.push(cur.join('\n'));
  return docs;
}

function isJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

/**
 * Decodes one file's text into objects; stops at the first broken document, as kubectl does.
 * With `validate` (create/apply/replace unless --validate=false), the schema validator sees
 * each document first and reports a missing apiVersion or kind in its own words (observed
 * with kubectl.1.33; `--validate=warn` fails the same way).
 */
export function parseManifestText(text: string, source: string, opts: { validate?: boolean } = {}): LoadResult {
  const objects: LoadedObject[] = [];
  const chunks = isJson(text) ? [text] : splitDocuments(text);
  for (const chunk of chunks) {
    if (!chunk.trim()) continue;
    let doc: unknown;
    try {
      doc = isJson(chunk) ? JSON.parse(chunk) : yaml.load(chunk, { schema: GO_YAML_SCHEMA });
    } catch (e) {
      if (e instanceof yaml.YAMLException) return { objects, errors: [`error parsing ${source}: error converting YAML to JSON: ${goYamlError(e, chunk)}`] };
      if (e instanceof SyntaxError) return { objects, errors: [`error parsing ${source}: ${jsonSyntaxError(chunk) ?? e.message}`] };
      throw e;
    }
    if (doc === null || doc === undefined) continue;
    if (typeof doc !== 'object' || Array.isArray(doc)) {
      const what = Array.isArray(doc) ? 'array' : typeof doc === 'string' ? 'string' : typeof doc === 'boolean' ? 'bool' : 'number';
      return { objects, errors: [`unable to decode "${source}": json: cannot unmarshal ${what} into Go value of type unstructured.detector`] };
    }
    const obj = doc as KObject;
    const unset = opts.validate ? [obj.apiVersion ? '' : 'apiVersion not set', obj.kind ? '' : 'kind not set'].filter(Boolean) : [];
    if (unset.length) {
      const what = unset.length === 1 ? unset[0] : `[${unset.join(', ')}]`;
      return { objects, errors: [`error validating "${source}": error validating data: ${what}; if you choose to ignore these errors, turn validation off with --validate=false`] };
    }
    if (!obj.kind) {
      return { objects, errors: [`unable to decode "${source}": Object 'Kind' is missing in '${JSON.stringify(obj)}'`] };
    }
    if (obj.kind === 'List' || (obj.kind.endsWith('List') && Array.isArray(obj.items))) {
      for (const item of (obj.items ?? []) as KObject[]) objects.push({ object: item, source });
      continue;
    }
    objects.push({ object: obj, source });
  }
  return { objects, errors: [] };
}

function visit(ctx: VerbContext, path: string, recursive: boolean, out: LoadResult): void {
  const files = ctx.session.files;
  const kind = files.stat(path);
  if (kind === 'dir') {
    for (const name of files.list(path)) {
      const child = files.join(path, name);
      const childKind = files.stat(child);
      if (childKind === 'dir') {
        if (recursive) visit(ctx, child, recursive, out);
      } else if (MANIFEST_EXTENSIONS.some((ext) => name.endsWith(ext))) visit(ctx, child, recursive, out);
    }
    return;
  }
  const read = files.read(path);
  if (!read.ok) {
    out.errors.push(read.error);
    return;
  }
  const parsed = parseManifestText(read.data, path, { validate: validates(ctx) });
  out.objects.push(...parsed.objects);
  out.errors.push(...parsed.errors);
}

/** Whether the command validates manifests: it has --validate and it is not false/ignore. */
function validates(ctx: VerbContext): boolean {
  const v = ctx.parsed.values.get('validate');
  return typeof v === 'string' && ['strict', 'true', 'warn'].includes(v.toLowerCase());
}

/**
 * Reads every `-f` argument. A missing path is reported before anything is read, as the
 * builder does (`the path "x" does not exist`), so callers stop on it.
 */
export function loadManifests(ctx: VerbContext, filenames: string[], recursive: boolean): LoadResult {
  const out: LoadResult = { objects: [], errors: [] };
  for (const f of filenames) {
    if (f !== '-' && !/^https?:\/\//.test(f) && !ctx.session.files.stat(f)) return { objects: [], errors: [`the path "${f}" does not exist`] };
  }
  for (const f of filenames) {
    if (f === '-') {
      const parsed = parseManifestText(ctx.io.stdin ?? '', 'STDIN', { validate: validates(ctx) });
      out.objects.push(...parsed.objects);
      out.errors.push(...parsed.errors);
    } else if (/^https?:\/\//.test(f)) {
      out.errors.push(`unable to read URL "${f}", server reported : the simulated cluster has no network access`);
    } else visit(ctx, f, recursive, out);
  }
  return out;
}
