/**
 * Reading a submission, which is untrusted: a folder with `commands.sh` (read as data by the
 * learner's shell) and the files it references, or a session file recorded by the terminal UI:
 *
 *   { "scenario": "deployments/rollback", "seed": 7,
 *     "commands": [ { "text": "kubectl rollout undo deployment/nginx-deployment", "at": 12000 } ],
 *     "files": { "green.yaml": "apiVersion: apps/v1\n…" } }
 *
 * `at` is virtual milliseconds after the set-up when the command was typed (the replay lets
 * that much time pass first). Limits on sizes and counts turn hostile input into messages.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { isBinary, readFolder, readLimited, MAX_FILES, MAX_FILE_BYTES } from '../src/course/index.js';
import { splitScript, isBlank } from '../src/shell/index.js';

export interface SubmittedCommand {
  text: string;
  /** Line in commands.sh, or index + 1 in a session. */
  line: number;
  unterminated?: boolean;
  /** Virtual ms after the set-up (sessions only). */
  at?: number;
}

export interface Submission {
  commands: SubmittedCommand[];
  files: Record<string, string>;
  /** Session files name their scenario and seed. */
  scenario?: string;
  seed?: number;
}

export type SubmissionResult = { ok: true; submission: Submission } | { ok: false; error: string };

export const SESSION_FILE = 'session.json';
export const COMMANDS_FILE = 'commands.sh';
const MAX_SESSION_BYTES = 4 * 1024 * 1024;

const sessionSchema = z.object({
  scenario: z.string(),
  seed: z.number().int().min(0).optional(),
  commands: z.array(z.object({ text: z.string().max(100_000), at: z.number().min(0).optional() }).strict()).max(10_000),
  files: z.record(z.string().max(MAX_FILE_BYTES)).default({}),
}).strict();

/** Splits commands.sh text into the inputs the learner would have typed. */
export function commandsFromScript(text: string): SubmittedCommand[] {
  return splitScript(text).filter((i) => !isBlank(i.text)).map((i) => ({ text: i.text, line: i.line, unterminated: i.unterminated }));
}

/** Parses a session JSON text. */
export function parseSession(text: string): SubmissionResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${SESSION_FILE}: not valid JSON (${(e as Error).message})` };
  }
  const r = sessionSchema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    return { ok: false, error: `${SESSION_FILE}: ${i.path.join('.') || '(top level)'}: ${i.message}` };
  }
  if (Object.keys(r.data.files).length > MAX_FILES) return { ok: false, error: `${SESSION_FILE}: more than ${MAX_FILES} files` };
  return {
    ok: true,
    submission: { scenario: r.data.scenario, seed: r.data.seed, files: r.data.files, commands: r.data.commands.map((c, i) => ({ text: c.text, at: c.at, line: i + 1 })) },
  };
}

/** Reads a submission folder (commands.sh or session.json) or a session file. */
export function readSubmission(target: string): SubmissionResult {
  let st: fs.Stats;
  try {
    st = fs.statSync(target);
  } catch {
    return { ok: false, error: `${target}: no such file or directory` };
  }
  if (st.isFile()) {
    const buf = readLimited(target, MAX_SESSION_BYTES);
    if (typeof buf === 'string') return { ok: false, error: buf };
    if (isBinary(buf)) return { ok: false, error: `${target}: not a text file (binary content)` };
    return target.endsWith('.json') ? parseSession(buf.toString('utf8')) : { ok: true, submission: { commands: commandsFromScript(buf.toString('utf8')), files: {} } };
  }
  const session = path.join(target, SESSION_FILE);
  if (!fs.existsSync(path.join(target, COMMANDS_FILE)) && fs.existsSync(session)) return readSubmission(session);
  const script = readLimited(path.join(target, COMMANDS_FILE), MAX_FILE_BYTES);
  if (typeof script === 'string') return { ok: false, error: fs.existsSync(path.join(target, COMMANDS_FILE)) ? script : `${target}: no ${COMMANDS_FILE} or ${SESSION_FILE} in the submission` };
  if (isBinary(script)) return { ok: false, error: `${COMMANDS_FILE}: not a text file (binary content)` };
  const folder = readFolder(target, { skip: (rel) => rel === COMMANDS_FILE || rel === SESSION_FILE || rel.startsWith('.') });
  if (!folder.ok) return { ok: false, error: `${target}: ${folder.error}` };
  return { ok: true, submission: { commands: commandsFromScript(script.toString('utf8')), files: folder.files } };
}
