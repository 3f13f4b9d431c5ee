/**
 * Rewords js-yaml syntax errors the way go-yaml v2 (libyaml) reports the same mistakes, for the
 * errors learners actually make (bad indentation, a stray `key: value`, unclosed quotes or
 * brackets, tabs). go-yaml numbers parser errors by the 0-based line of the offending token and
 * scanner errors by its 1-based line, and omits "line N: " when that number is 0.
 */

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Parser errors: pass the 0-based token line; 0 prints nothing. */
function where(n: number): string {
  return n > 0 ? `line ${n}: ` : '';
}

/** Scanner errors: go-yaml adds one to a non-zero 0-based line, so line 1 prints nothing. */
function scanWhere(oneBased: number): string {
  return oneBased > 1 ? `line ${oneBased}: ` : '';
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

interface Block {
  kind: 'map' | 'seq';
  indent: number;
}

/**
 * Replays the block structure libyaml builds for the lines before `upto`: mapping keys and `- `
 * entries open blocks at their column (a `- ` at its mapping's own column is an "indentless"
 * sequence and opens none), dedents close them. Also reports whether the last value was a plain
 * scalar and the indent of the block owning it (a deeper line would continue that scalar).
 */
function replay(lines: string[], upto: number): { stack: Block[]; plainOwner: number | undefined } {
  const stack: Block[] = [];
  let plainOwner: number | undefined;
  for (let i = 0; i < upto; i++) {
    const line = lines[i]!;
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    let col = indentOf(line);
    if (plainOwner !== undefined && col > plainOwner && !/^[^\s#][^#]*?:(\s|$)/.test(t)) continue; // scalar continuation
    while (stack.length && stack[stack.length - 1]!.indent > col) stack.pop();
    let rest = t;
    plainOwner = undefined;
    while (rest === '-' || rest.startsWith('- ')) {
      const top = stack[stack.length - 1];
      const indentless = top?.kind === 'map' && top.indent === col;
      if (!indentless && !(top?.kind === 'seq' && top.indent === col)) stack.push({ kind: 'seq', indent: col });
      const after = rest.slice(1);
      const skip = after.length - after.trimStart().length;
      col += 1 + skip;
      rest = after.trimStart();
      plainOwner = indentless ? top!.indent : col - 1 - skip;
    }
    const key = /^([^\s#'"[{][^#]*?|"[^"]*"|'[^']*'):(\s+(.*))?$/.exec(rest);
    if (key) {
      const top = stack[stack.length - 1];
      if (!(top?.kind === 'map' && top.indent === col)) stack.push({ kind: 'map', indent: col });
      const value = (key[3] ?? '').trim();
      plainOwner = value !== '' && !/^[[{"'|>&*!#]/.test(value) ? col : undefined;
    } else if (rest !== '' && !/^[[{"'|>&*!#]/.test(rest)) {
      plainOwner ??= stack.length ? stack[stack.length - 1]!.indent : -1;
    }
  }
  return { stack, plainOwner };
}

/**
 * go-yaml's message for a js-yaml failure (`reason` at 0-based `line`), without the
 * "error converting YAML to JSON: " prefix. Unknown cases keep js-yaml's reason.
 */
export function goYamlMessage(text: string, reason: string, line: number, position: number): string {
  const lines = text.split('\n');
  const L = line + 1;
  const cur = lines[line] ?? '';
  if (reason.startsWith('tab characters must not be used')) return `yaml: ${scanWhere(L)}found character that cannot start any token`;
  if (reason.startsWith('unexpected end of the stream within a double quoted') || reason.startsWith('unexpected end of the stream within a single quoted')) {
    return `yaml: ${scanWhere(L)}found unexpected end of stream`;
  }
  if (reason.startsWith('missed comma between flow collection entries') || reason.startsWith('unexpected end of the stream within a flow collection')) {
    const b = openBracket(text, position);
    return `yaml: ${where(L - 1)}did not find expected ',' or '${b === '{' ? '}' : ']'}'`;
  }
  if (/^\s*(-\s+)*[^\s#'"[{][^:#]*:\s+[@`]/.test(cur)) return `yaml: ${scanWhere(L)}found character that cannot start any token`;
  if (reason.startsWith('can not read a block mapping entry; a multiline key')) return `yaml: ${scanWhere(L)}could not find expected ':'`;
  if (reason.startsWith('bad indentation') || reason.startsWith('end of the stream or a document separator is expected')) {
    if (/^\s*(-\s+)*[^\s#'"[{][^:#]*:\s+[^\s'"[{|>][^:#]*:(\s|$)/.test(cur)) return `yaml: ${scanWhere(L)}mapping values are not allowed in this context`;
    const ci = indentOf(cur);
    const { stack, plainOwner } = replay(lines, line);
    if (cur.trimStart().startsWith('- ') || cur.trim() === '-') return `yaml: ${where(L - 1)}did not find expected key`;
    if (plainOwner !== undefined && ci > plainOwner) return `yaml: ${scanWhere(L)}mapping values are not allowed in this context`;
    while (stack.length && stack[stack.length - 1]!.indent > ci) stack.pop();
    const top = stack[stack.length - 1];
    if (top?.kind === 'seq') return `yaml: ${where(L - 1)}did not find expected '-' indicator`;
    return `yaml: ${where(L - 1)}did not find expected key`;
  }
  return `yaml: ${where(L)}${reason}`;
}
