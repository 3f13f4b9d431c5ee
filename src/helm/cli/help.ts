/**
 * Help in cobra's default template, as helm prints it (`Usage:`, `Aliases:`, `Available
 * Commands:`, `Flags:`, `Global Flags:`), with pflag's FlagUsages column layout.
 */
import { formatDuration, type FlagSpec } from '../../kubectl/index.js';
import type { HelmCommand } from './types.js';

const TYPE_NAMES: Record<FlagSpec['type'], string> = {
  bool: '', string: 'string', int: 'int', duration: 'duration', stringArray: 'stringArray', stringSlice: 'strings',
};

/** Flags whose Go type our FlagSpec has no name for (parsed as strings). */
const TYPE_OVERRIDES: Record<string, string> = { qps: 'float32', output: 'format' };

function defaultText(f: FlagSpec): string {
  const d = f.default;
  if (d === undefined || d === false || d === '' || d === 0 || (Array.isArray(d) && d.length === 0)) return '';
  if (f.type === 'string' && !TYPE_OVERRIDES[f.name]) return ` (default ${JSON.stringify(d)})`;
  if (f.type === 'duration') return ` (default ${typeof d === 'number' ? formatDuration(d) : String(d)})`;
  if (Array.isArray(d)) return ` (default [${d.join(',')}])`;
  return ` (default ${String(d)})`;
}

/** pflag FlagSet.FlagUsages: flags sorted, usage column aligned two spaces past the longest. */
export function flagUsages(flags: FlagSpec[]): string {
  const rows = [...flags].filter((f) => !f.hidden).sort((a, b) => (a.name < b.name ? -1 : 1)).map((f) => {
    let head = f.shorthand ? `  -${f.shorthand}, --${f.name}` : `      --${f.name}`;
    let usage = f.usage;
    const quoted = /`([^`]+)`/.exec(usage);
    let varname = TYPE_OVERRIDES[f.name] ?? TYPE_NAMES[f.type];
    if (quoted) {
      varname = quoted[1];
      usage = usage.replace(/`([^`]+)`/, '$1');
    }
    if (varname) head += ` ${varname}`;
    if (f.noOptDefault !== undefined && f.type === 'string') head += `[="${f.noOptDefault}"]`;
    return { head, text: usage + defaultText(f) };
  });
  const width = Math.max(0, ...rows.map((r) => r.head.length));
  return rows.map((r) => `${r.head}${' '.repeat(width - r.head.length + 3)}${r.text}`).join('\n');
}

/** `helm X --help` (cobra help template: Long, then the usage template). */
export function renderHelp(cmd: HelmCommand, path: string, globals: FlagSpec[]): string {
  const out: string[] = [];
  out.push((cmd.long ?? cmd.short).replace(/\s+$/, ''), '');
  out.push('Usage:');
  const subs = (cmd.subcommands ?? []).slice().sort((a, b) => (a.name < b.name ? -1 : 1));
  const parent = path.split(' ').slice(0, -1).join(' ');
  if (cmd.run) {
    const use = `${parent ? `${parent} ` : ''}${cmd.use}`;
    out.push(`  ${use}${use.includes('[flags]') ? '' : ' [flags]'}`);
  }
  if (subs.length) out.push(`  ${path} [command]`);
  if (cmd.aliases?.length) out.push('', 'Aliases:', `  ${[cmd.name, ...cmd.aliases].join(', ')}`);
  if (cmd.example) out.push('', 'Examples:', cmd.example.replace(/\s+$/, ''));
  if (subs.length) {
    const width = Math.max(11, ...subs.map((s) => s.name.length));
    out.push('', 'Available Commands:', ...subs.map((s) => `  ${s.name.padEnd(width)} ${s.short}`));
  }
  out.push('', 'Flags:', flagUsages([...(cmd.flags ?? []), { name: 'help', shorthand: 'h', type: 'bool', usage: `help for ${path === 'helm' ? 'helm' : cmd.name}` }]));
  if (path !== 'helm') out.push('', 'Global Flags:', flagUsages(globals));
  if (subs.length) out.push('', `Use "${path} [command] --help" for more information about a command.`);
  return `${out.join('\n')}\n`;
}
