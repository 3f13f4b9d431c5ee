import { describe, expect, it } from 'vitest';
import { highlightShell, highlightYaml } from './highlight.js';
import { renderMarkdown } from './render.js';
import { plainText, toAnsi, toPlain, wrapSegments } from './styled.js';

const plain = (md: string, width = 40): string[] => renderMarkdown(md, width).lines.map(plainText);

describe('renderMarkdown', () => {
  it('underlines a level-1 heading and styles it bold', () => {
    const r = renderMarkdown('# Jobs\n\nText.', 40);
    expect(r.lines.map(plainText)).toEqual(['Jobs', '════', '', 'Text.']);
    expect(r.lines[0][0].style).toMatchObject({ bold: true });
    expect(r.headings).toEqual([{ level: 1, text: 'Jobs', line: 0 }]);
  });

  it('marks level-3 headings with their hashes', () => {
    expect(plain('### Probes')).toEqual(['### Probes']);
  });

  it('wraps paragraphs at the width, at spaces', () => {
    expect(plain('aaaa bbbb cccc dddd eeee', 20)).toEqual(['aaaa bbbb cccc dddd', 'eeee']);
  });

  it('renders emphasis, strong and code spans as styles without the markers', () => {
    const [line] = renderMarkdown('a *b* **c** `d`', 40).lines;
    expect(plainText(line)).toBe('a b c d');
    expect(line.find((s) => s.text === 'b')?.style).toMatchObject({ italic: true });
    expect(line.find((s) => s.text === 'c')?.style).toMatchObject({ bold: true });
    expect(line.find((s) => s.text === 'd')?.style).toMatchObject({ color: 'yellow' });
  });

  it('bullets and numbers list items, indenting continuation lines under the text', () => {
    expect(plain('- one two three four five six\n- seven', 20)).toEqual(['• one two three four', '  five six', '• seven']);
    expect(plain('3. c\n4. d')).toEqual(['3. c', '4. d']);
  });

  it('nests lists', () => {
    expect(plain('- a\n  - b')).toEqual(['• a', '  • b']);
  });

  it('shows where links go, and scenario links as a call to action', () => {
    expect(plain('[docs](https://k8s.io)', 60)).toEqual(['docs (https://k8s.io)']);
    const r = renderMarkdown('- [Practice: Roll back](scenario:deployments/rollback)', 80);
    expect(r.lines.map(plainText)).toEqual(['• ▶ Practice: Roll back [deployments/rollback]']);
    expect(r.scenarios).toEqual(['deployments/rollback']);
  });

  it('keeps code blocks verbatim (no wrapping), indented by two', () => {
    const md = '```yaml\napiVersion: apps/v1\nkind: Deployment # a comment that is longer than the width\n```';
    expect(plain(md, 20)).toEqual(['  apiVersion: apps/v1', '  kind: Deployment # a comment that is longer than the width']);
  });

  it('lays out tables with aligned columns and a rule under the header', () => {
    expect(plain('| a | long header |\n|---|---|\n| xyz | 1 |')).toEqual(['a   │ long header', '────┼────────────', 'xyz │ 1']);
  });

  it('prefixes block quotes', () => {
    expect(plain('> note')).toEqual(['│ note']);
  });

  it('prints plain text without escapes and ANSI with SGR codes', () => {
    const r = renderMarkdown('**b**', 20);
    expect(toPlain(r.lines)).toBe('b\n');
    expect(toAnsi(r.lines)).toBe('\x1b[1mb\x1b[22m\n');
  });
});

describe('highlighters', () => {
  it('colours YAML keys, scalars and comments but keeps every character', () => {
    const line = highlightYaml('  replicas: 3 # three');
    expect(plainText(line)).toBe('  replicas: 3 # three');
    expect(line.find((s) => s.text === 'replicas')?.style?.color).toBe('cyan');
    expect(line.find((s) => s.text.includes('#'))?.style?.color).toBe('gray');
    expect(highlightYaml('# c')[0].style?.color).toBe('gray');
  });

  it('colours the shell prompt, command word and flags; leaves output lines plain', () => {
    const line = highlightShell('$ kubectl get pods -o wide');
    expect(plainText(line)).toBe('$ kubectl get pods -o wide');
    expect(line[0]).toEqual({ text: '$ ', style: { dim: true } });
    expect(line.find((s) => s.text === 'kubectl')?.style?.bold).toBe(true);
    expect(line.find((s) => s.text === '-o')?.style?.color).toBe('yellow');
    expect(highlightShell('NAME   READY')).toEqual([{ text: 'NAME   READY' }]);
  });
});

describe('wrapSegments', () => {
  it('cuts a word longer than the line', () => {
    expect(wrapSegments([{ text: 'abcdefgh' }], 3).map(plainText)).toEqual(['abc', 'def', 'gh']);
  });
});
