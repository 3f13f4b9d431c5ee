/**
 * Loads every lesson under a root folder (`<root>/<topic>/en.md`) and validates it:
 * front matter keys, ids, prerequisites, scenario links and relative links.
 * It never throws for content problems; they come back as `problems`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { splitFrontMatter } from './front-matter.js';
import { FRONT_MATTER_FIELDS } from './fields.js';
import { checkLessonGraph } from './graph.js';
import { extractLinks, linkKind, scenarioId } from './links.js';
import type { Lesson, LessonProblem, LoadLessonsOptions, LoadLessonsResult } from './types.js';

const DEFAULT_FILE = 'en.md';

/**
 * Reads and validates all lessons below `root`.
 * `options.scenarioExists` lets the caller (the lint command) check scenario links.
 */
export function loadLessons(root: string, options: LoadLessonsOptions = {}): LoadLessonsResult {
  const fileName = options.fileName ?? DEFAULT_FILE;
  const problems: LessonProblem[] = [];
  const lessons: Lesson[] = [];
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    return { lessons, problems: [{ file: root, key: 'root', message: 'lessons folder not found' }] };
  }
  for (const topic of readdirSync(root).sort()) {
    const dir = join(root, topic);
    if (!statSync(dir).isDirectory()) continue;
    const path = join(dir, fileName);
    const file = toPosix(relative(root, path));
    if (!existsSync(path)) {
      problems.push({ file, key: 'file', message: `topic folder "${topic}" has no ${fileName}` });
      continue;
    }
    const lesson = loadOne(root, topic, path, file, options, problems);
    if (lesson) lessons.push(lesson);
  }
  problems.push(...checkLessonGraph(lessons));
  lessons.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { lessons, problems };
}

function loadOne(
  root: string,
  topic: string,
  path: string,
  file: string,
  options: LoadLessonsOptions,
  problems: LessonProblem[],
): Lesson | undefined {
  const split = splitFrontMatter(readFileSync(path, 'utf8'));
  if (!split.ok) {
    problems.push({ file, key: 'front matter', message: split.message });
    return undefined;
  }
  const { data, body, bodyStartLine } = split;
  const before = problems.length;
  for (const field of FRONT_MATTER_FIELDS) {
    if (!(field.key in data)) {
      if (field.required) problems.push({ file, key: field.key, message: 'required key is missing' });
      continue;
    }
    const err = field.check(data[field.key]);
    if (err) problems.push({ file, key: field.key, message: err });
  }
  const known = new Set(FRONT_MATTER_FIELDS.map((f) => f.key));
  for (const key of Object.keys(data)) {
    if (!known.has(key)) problems.push({ file, key, message: 'unknown key' });
  }
  if (typeof data.id === 'string' && data.id !== topic) {
    problems.push({ file, key: 'id', message: `id "${data.id}" must equal the folder name "${topic}"` });
  }
  if (body.trim() === '') problems.push({ file, key: 'body', message: 'the lesson has no text' });
  const scenarios = checkLinks(root, path, file, body, bodyStartLine, options, problems);
  // A lesson whose own keys are broken still loads when it can, so that one run reports everything.
  const fieldsBroken = problems.slice(before).some((p) => p.key === 'id');
  if (fieldsBroken) return undefined;
  return {
    id: data.id as string,
    title: typeof data.title === 'string' ? data.title : '',
    order: typeof data.order === 'number' ? data.order : Number.MAX_SAFE_INTEGER,
    prerequisites: Array.isArray(data.prerequisites) ? data.prerequisites.filter((p): p is string => typeof p === 'string') : [],
    estimatedMinutes: typeof data.estimatedMinutes === 'number' ? data.estimatedMinutes : 0,
    scenarios,
    file,
    markdown: body,
  };
}

function checkLinks(
  root: string,
  path: string,
  file: string,
  body: string,
  bodyStartLine: number,
  options: LoadLessonsOptions,
  problems: LessonProblem[],
): string[] {
  const scenarios: string[] = [];
  for (const link of extractLinks(body)) {
    const at = `line ${link.line + bodyStartLine - 1}`;
    const kind = linkKind(link.href);
    if (kind === 'scenario') {
      const id = scenarioId(link.href);
      if (!id) {
        problems.push({ file, key: 'body', message: `${at}: scenario link "${link.href}" must look like scenario:<topic>/<name>` });
        continue;
      }
      if (!scenarios.includes(id)) scenarios.push(id);
      if (options.scenarioExists && !options.scenarioExists(id)) {
        problems.push({ file, key: 'body', message: `${at}: unknown scenario "${id}"` });
      }
    } else if (kind === 'relative') {
      const target = safeDecode(link.href.replace(/[#?].*$/, ''));
      const resolved = normalize(join(dirname(path), target));
      const inside = !relative(root, resolved).startsWith('..');
      if (!target || !inside || !existsSync(resolved)) {
        problems.push({ file, key: 'body', message: `${at}: link "${link.href}" does not resolve to a file in the lessons folder` });
      }
    }
  }
  return scenarios;
}

// markdown-it percent-encodes hrefs (a space becomes %20); a malformed escape stays as written.
function safeDecode(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}
