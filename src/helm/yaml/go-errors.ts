/**
 * Rewords js-yaml syntax errors the way go-yaml v2 (libyaml) reports the same mistakes, for the
 * errors learners actually make (bad indentation, a stray `key: value`, unclosed quotes or
 * brackets, tabs). go-yaml numbers parser errors by the 0-based line of the offending token and
 * scanner errors by its 1-based line, and omits "line N: " when that number is 0.
 */

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function where(n: number): string {
  return n > 0 ? `line ${n}: ` : '';
}

/** The innermost unclosed flow bracket before `upto`, if any. */
function openBracket(text: string, upto: number): '[' | '{' | undefined {
  const stack: string[] = [];
  let quote: string | undefined;
  for (let i = 0; i < upto && i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') stack.push(c);
    else if (c === ']' || c === '}') stack.pop();
    else if (c === '#') while (i < text.length && text[i] !== '\n') i++;
  }
  return stack[stack.length - 1] as '[' | '{' | undefined;
}

/** Previous non-blank, non-comment line before 0-based `idx`. */
function prevLine(lines: string[], idx: number): string | undefined {
  for (let i = idx - 1; i >= 0; i--) {
    const t = lines[i]!.trim();
    if (t !== '' && !t.startsWith('#')) return lines[i];
  }
  return undefined;
}

/**
 * go-yaml's message for a js-yaml failure (`reason` at 0-based `line`), without the
 * "error converting YAML to JSON: " prefix. Unknown cases keep js-yaml's reason.
 */
export function goYamlMessage(text: string, reason: string, line: number, position: number): string {
  const lines = text.split('\n');
  const L = line + 1;
  const cur = lines[line] ?? '';
  const prev = prevLine(lines, line);
  if (reason.startsWith('tab characters must not be used')) return `yaml: ${where(L)}found character that cannot start any token`;
  if (reason.startsWith('unexpected end of the stream within a double quoted') || reason.startsWith('unexpected end of the stream within a single quoted')) {
    return `yaml: ${where(L)}found unexpected end of stream`;
  }
  if (reason.startsWith('missed comma between flow collection entries') || reason.startsWith('unexpected end of the stream within a flow collection')) {
    const b = openBracket(text, position);
    return `yaml: ${where(L - 1)}did not find expected ',' or '${b === '{' ? '}' : ']'}'`;
  }
  if (reason.startsWith('bad indentation of a sequence entry')) return `yaml: ${where(L - 1)}did not find expected key`;
  if (reason.startsWith('bad indentation of a mapping entry') || reason.startsWith('end of the stream or a document separator is expected')) {
    const ci = indentOf(cur);
    const pi = prev === undefined ? 0 : indentOf(prev);
    if (cur.trimStart().startsWith('- ') || cur.trim() === '-') return `yaml: ${where(L - 1)}did not find expected key`;
    if (prev !== undefined && pi === ci && /^\s*-(\s|$)/.test(prev)) return `yaml: ${where(L - 1)}did not find expected '-' indicator`;
    if (prev !== undefined && ci > pi) return `yaml: ${where(L)}mapping values are not allowed in this context`;
    if (reason.startsWith('end of the stream')) return `yaml: ${where(L)}mapping values are not allowed in this context`;
    if (ci === pi && line === 0) return 'yaml: mapping values are not allowed in this context';
    return `yaml: ${where(L - 1)}did not find expected key`;
  }
  return `yaml: ${where(L)}${reason}`;
}
