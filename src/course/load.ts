/**
 * Loading scenarios: scenarios/<topic>/<name>.yaml, validated against the schema, with every
 * problem reported as file, line and key path; starter files come from the folder of the
 * same name beside it (scenarios/<topic>/<name>/), copied to the learner's workspace.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ZodIssue } from 'zod';
import { readFolder, readLimited } from './files.js';
import { scenarioSchema, type Scenario } from './schema.js';
import { parseYamlSource, MAX_SOURCE_BYTES } from './yaml-source.js';

/** One thing wrong with a course file. */
export interface Problem {
  file: string;
  line?: number;
  /** Dotted key path inside the file (`checks.2.points`), empty for the whole file. */
  path: string;
  message: string;
}

export interface LoadedScenario {
  scenario: Scenario;
  file: string;
  /** Starter files (relative path → content). */
  starter: Record<string, string>;
  /** Line of a key path in the file, for problems found later (lint, check parameters). */
  lineOf(path: (string | number)[]): number | undefined;
}

export type LoadResult = { ok: true; loaded: LoadedScenario } | { ok: false; problems: Problem[] };

/** The folder holding lessons/ and scenarios/ (the package root, from source or compiled code). */
export function courseRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'scenarios'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

function zodMessage(i: ZodIssue): string {
  if (i.code === 'unrecognized_keys') return `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`;
  if (i.code === 'invalid_type' && i.received === 'undefined') return 'required field is missing';
  return i.message;
}

/** Maps zod issues to problems with lines. */
export function zodProblems(file: string, issues: ZodIssue[], lineOf: LoadedScenario['lineOf'], prefix: (string | number)[] = []): Problem[] {
  return issues.map((i) => {
    const p = [...prefix, ...i.path];
    return { file, line: lineOf(p), path: p.join('.'), message: zodMessage(i) };
  });
}

/** Loads and validates one scenario file. */
export function loadScenarioFile(file: string): LoadResult {
  const buf = readLimited(file, MAX_SOURCE_BYTES);
  if (typeof buf === 'string') return { ok: false, problems: [{ file, path: '', message: buf.slice(file.length + 2) }] };
  const src = parseYamlSource(buf);
  if (!src.ok) return { ok: false, problems: src.issues.map((i) => ({ file, ...i })) };
  const r = scenarioSchema.safeParse(src.value);
  if (!r.success) return { ok: false, problems: zodProblems(file, r.error.issues, src.lineOf) };
  const expected = path.relative(path.dirname(path.dirname(file)), file).replace(/\\/g, '/').replace(/\.ya?ml$/, '');
  if (r.data.id !== expected) return { ok: false, problems: [{ file, line: src.lineOf(['id']), path: 'id', message: `id "${r.data.id}" does not match the file's place (${expected})` }] };
  const folder = file.replace(/\.ya?ml$/, '');
  let starter: Record<string, string> = {};
  if (fs.existsSync(folder)) {
    const f = readFolder(folder);
    if (!f.ok) return { ok: false, problems: [{ file: folder, path: '', message: f.error }] };
    starter = f.files;
  }
  return { ok: true, loaded: { scenario: r.data, file, starter, lineOf: src.lineOf } };
}

/** Every scenario file under `dir` (recursively, sorted). */
export function scenarioFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number): void => {
    if (depth > 4) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (e.isFile() && /\.ya?ml$/.test(e.name) && depth === 1) out.push(p);
    }
  };
  if (fs.existsSync(dir)) walk(dir, 0);
  return out;
}

/** Finds scenario `id` (`topic/name`) under `scenariosDir`. */
export function findScenario(id: string, scenariosDir = path.join(courseRoot(), 'scenarios')): LoadResult {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id)) return { ok: false, problems: [{ file: id, path: '', message: `not a scenario id (expected <topic>/<name>)` }] };
  for (const ext of ['.yaml', '.yml']) {
    const f = path.join(scenariosDir, id + ext);
    if (fs.existsSync(f)) return loadScenarioFile(f);
  }
  return { ok: false, problems: [{ file: path.join(scenariosDir, id + '.yaml'), path: '', message: `no scenario "${id}"` }] };
}
