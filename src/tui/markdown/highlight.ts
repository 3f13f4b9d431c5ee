/**
 * Small highlighters for code blocks in lessons: YAML (keys, comments, strings, document
 * markers) and shell (prompt, command word, flags, comments, quoted strings). They only
 * colour; the characters are always the code's own.
 */
import type { Segment, StyledLine } from './styled.js';

type Highlighter = (line: string) => StyledLine;

const YAML_KEY = /^(\s*(?:- )*)([A-Za-z0-9_.\/-]+|"[^"]*"|'[^']*')(:)(?=\s|$)(.*)$/;

function yamlValue(text: string): Segment[] {
  if (text.trim() === '') return [{ text }];
  const hash = text.search(/(^|\s)#/);
  const [value, comment] = hash >= 0 ? [text.slice(0, hash), text.slice(hash)] : [text, ''];
  const out: Segment[] = [];
  const v = value.trim();
  if (/^(["']).*\1$/.test(v)) out.push({ text: value, style: { color: 'green' } });
  else if (/^(true|false|null|~|-?\d+(\.\d+)?)$/.test(v)) out.push({ text: value, style: { color: 'magenta' } });
  else if (/^[|>][-+]?$/.test(v)) out.push({ text: value, style: { dim: true } });
  else out.push({ text: value });
  if (comment) out.push({ text: comment, style: { color: 'gray' } });
  return out;
}

/** Highlights one YAML line. */
export function highlightYaml(line: string): StyledLine {
  if (/^\s*#/.test(line)) return [{ text: line, style: { color: 'gray' } }];
  if (/^(---|\.\.\.)\s*$/.test(line)) return [{ text: line, style: { dim: true } }];
  const m = YAML_KEY.exec(line);
  if (m) {
    const [, indent, key, colon, rest] = m;
    return ([{ text: indent }, { text: key, style: { color: 'cyan' } }, { text: colon }, ...yamlValue(rest)] as Segment[]).filter((s) => s.text !== '');
  }
  const item = /^(\s*- )(.*)$/.exec(line);
  if (item) return [{ text: item[1] }, ...yamlValue(item[2])];
  return [{ text: line }];
}

/** Highlights one shell line: `$ ` prompt dim, the command word bold, flags yellow, strings green. */
export function highlightShell(line: string): StyledLine {
  const prompt = /^(\s*[$#>] )/.exec(line);
  const out: Segment[] = [];
  let rest = line;
  if (prompt) {
    out.push({ text: prompt[1], style: { dim: true } });
    rest = line.slice(prompt[1].length);
  }
  if (!prompt && line.trim() !== '' && !/^\s*(kubectl|helm|curl|echo|cat|sleep|export|base64|ls)\b/.test(line)) {
    // Output lines in a transcript stay plain.
    return [{ text: line }];
  }
  let first = true;
  const tokens = rest.match(/\s+|"(?:[^"\\]|\\.)*"?|'[^']*'?|#.*$|[^\s"']+/g) ?? [];
  for (const t of tokens) {
    if (/^\s+$/.test(t)) out.push({ text: t });
    else if (t.startsWith('#')) out.push({ text: t, style: { color: 'gray' } });
    else if (t.startsWith('"') || t.startsWith("'")) out.push({ text: t, style: { color: 'green' } });
    else if (first) out.push({ text: t, style: { bold: true } });
    else if (t.startsWith('-')) out.push({ text: t, style: { color: 'yellow' } });
    else out.push({ text: t });
    if (!/^\s+$/.test(t)) first = /^(\||&&|;|\|\|)$/.test(t);
  }
  return out.length ? out : [{ text: line }];
}

const BY_LANG: Record<string, Highlighter> = {
  yaml: highlightYaml,
  yml: highlightYaml,
  sh: highlightShell,
  shell: highlightShell,
  bash: highlightShell,
  console: highlightShell,
  shell_session: highlightShell,
};

/** The highlighter for a fence's info string; unknown languages stay plain. */
export function highlighterFor(info: string): Highlighter {
  const lang = info.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return BY_LANG[lang] ?? ((l: string) => [{ text: l }]);
}
