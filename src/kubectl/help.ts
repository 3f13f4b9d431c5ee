/**
 * Help text in cobra's layout: `kubectl --help` lists command groups; `kubectl VERB --help`
 * prints the long description, examples, options and usage.
 */
import type { VerbDef } from './types.js';

const GROUP_ORDER = [
  'Basic Commands (Beginner)',
  'Basic Commands (Intermediate)',
  'Deploy Commands',
  'Cluster Management Commands',
  'Troubleshooting and Debugging Commands',
  'Advanced Commands',
  'Settings Commands',
  'Other Commands',
];

export function renderRootHelp(verbs: VerbDef[]): string {
  const lines = ['kubectl controls the Kubernetes cluster manager.', '', ' Find more information at: https://kubernetes.io/docs/reference/kubectl/', ''];
  const visible = verbs.filter((v) => !v.hidden);
  const width = Math.max(15, ...visible.map((v) => v.name.length + 1));
  for (const group of GROUP_ORDER) {
    const inGroup = visible.filter((v) => (v.group ?? 'Other Commands') === group);
    if (!inGroup.length) continue;
    lines.push(`${group}:`);
    for (const v of inGroup) lines.push(`  ${v.name.padEnd(width)}${v.short}`);
    lines.push('');
  }
  lines.push('Usage:', '  kubectl [flags] [options]', '', 'Use "kubectl <command> --help" for more information about a given command.', 'Use "kubectl options" for a list of global command-line options (applies to all commands).', '');
  return lines.join('\n');
}

function flagLine(f: NonNullable<VerbDef['flags']>[number]): string[] {
  const name = f.shorthand ? `-${f.shorthand}, --${f.name}` : `--${f.name}`;
  let def: string;
  if (f.type === 'bool') def = f.default === true ? 'true' : 'false';
  else if (f.type === 'stringArray' || f.type === 'stringSlice') def = `[${((f.default as string[] | undefined) ?? []).join(',')}]`;
  else if (f.type === 'int') def = String(f.default ?? 0);
  else if (f.type === 'duration') def = String(f.default ?? '0s');
  else def = `'${f.default ?? ''}'`;
  return [`    ${name}=${def}:`, `\t${f.usage}`, ''];
}

export function renderHelp(verb: VerbDef, path: string): string {
  const out: string[] = [];
  out.push(verb.long ?? verb.short, '');
  if (verb.examples) out.push('Examples:', verb.examples, '');
  if (verb.subcommands?.length) {
    out.push('Available Commands:');
    const width = Math.max(...verb.subcommands.map((s) => s.name.length)) + 2;
    for (const s of verb.subcommands.filter((x) => !x.hidden)) out.push(`  ${s.name.padEnd(width)}${s.short}`);
    out.push('');
  }
  const flags = (verb.flags ?? []).filter((f) => !f.hidden);
  if (flags.length) {
    out.push('Options:');
    for (const f of [...flags].sort((a, b) => a.name.localeCompare(b.name))) out.push(...flagLine(f));
  }
  out.push('Usage:', `  ${verb.usage ?? `${path} [options]`}`, '');
  out.push(`Use "kubectl options" for a list of global command-line options (applies to all commands).`, '');
  return out.join('\n');
}
