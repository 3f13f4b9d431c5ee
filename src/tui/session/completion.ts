/**
 * Tab completion for the session prompt: the first word (shell builtins and session commands),
 * kubectl verbs and sub-commands, helm verbs, resource types, flags of the verb being typed and
 * names of the objects in the cluster. Pure: the caller passes what exists.
 */

export interface VerbInfo {
  name: string;
  aliases?: string[];
  flags?: { name: string; shorthand?: string; hidden?: boolean }[];
  subcommands?: VerbInfo[];
  hidden?: boolean;
}

export interface CompletionContext {
  /** Words valid as the first word of a line. */
  commands: string[];
  kubectlVerbs: VerbInfo[];
  /** kubectl's global flags (`--namespace`, `--context`...). */
  globalFlags: string[];
  helmVerbs: string[];
  /** Resource type names a learner may type (plural, singular, short names). */
  types: string[];
  /** Names of existing objects of the type a word names (`pods`, `deploy`…). */
  names(type: string): string[];
}

export interface Completion {
  /** The line after completion (unchanged when there is no unique prefix to add). */
  text: string;
  cursor: number;
  /** Every candidate, when more than one matched (shown under the prompt). */
  candidates: string[];
}

/** Verbs after which the next word is a resource type. */
const TYPE_VERBS = new Set(['get', 'describe', 'delete', 'edit', 'label', 'annotate', 'patch', 'scale', 'explain', 'wait', 'expose', 'history', 'status', 'undo', 'pause', 'resume', 'restart', 'image', 'env', 'resources', 'selector', 'serviceaccount']);

function commonPrefix(words: string[]): string {
  if (!words.length) return '';
  let p = words[0];
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

function flagsOf(v: VerbInfo | undefined, globals: string[]): string[] {
  const own = (v?.flags ?? []).filter((f) => !f.hidden).map((f) => `--${f.name}`);
  return [...own, ...globals];
}

/** Candidates for the word being typed, given the words before it. */
function candidates(before: string[], word: string, ctx: CompletionContext): string[] {
  if (before.length === 0) return ctx.commands;
  const [cmd, ...args] = before;
  const positional = args.filter((a) => !a.startsWith('-'));
  if (cmd === 'helm') return positional.length === 0 ? ctx.helmVerbs : [];
  if (cmd !== 'kubectl' && cmd !== 'k') return [];
  // Find the verb (and sub-command) among the positional words.
  let verb: VerbInfo | undefined;
  let level = ctx.kubectlVerbs.filter((v) => !v.hidden);
  let used = 0;
  for (const p of positional) {
    const next = level.find((v) => v.name === p || v.aliases?.includes(p));
    if (!next) break;
    verb = next;
    used++;
    level = (next.subcommands ?? []).filter((v) => !v.hidden);
  }
  if (word.startsWith('-')) return flagsOf(verb, ctx.globalFlags);
  if (!verb || (level.length > 0 && used === positional.length)) return level.map((v) => v.name);
  const rest = positional.slice(used);
  if (!TYPE_VERBS.has(verb.name)) return [];
  if (word.includes('/')) {
    const type = word.slice(0, word.indexOf('/'));
    return ctx.names(type).map((n) => `${type}/${n}`);
  }
  if (rest.length === 0) return ctx.types;
  if (rest[0].includes('/')) return ctx.types;
  return ctx.names(rest[0].split(',')[0]);
}

/** Completes the word before the cursor. */
export function complete(text: string, cursor: number, ctx: CompletionContext): Completion {
  const head = text.slice(0, cursor);
  const start = head.search(/\S*$/);
  const word = head.slice(start);
  const before = head.slice(0, start).trim().split(/\s+/).filter(Boolean);
  // Only complete in simple positions: after a pipe or && the command starts over.
  const lastSep = Math.max(before.lastIndexOf('|'), before.lastIndexOf('&&'), before.lastIndexOf(';'));
  const words = before.slice(lastSep + 1);
  const all = [...new Set(candidates(words, word, ctx))].filter((c) => c.startsWith(word)).sort();
  if (all.length === 0) return { text, cursor, candidates: [] };
  const add = all.length === 1 ? `${all[0]}${all[0].endsWith('/') ? '' : ' '}` : commonPrefix(all);
  const replaced = head.slice(0, start) + add;
  return { text: replaced + text.slice(cursor), cursor: replaced.length, candidates: all.length > 1 ? all : [] };
}
