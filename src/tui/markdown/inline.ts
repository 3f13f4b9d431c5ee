/**
 * Inline markdown-it tokens (a paragraph's children) to styled segments: emphasis, code spans
 * and links. A link keeps its text and shows where it goes in parentheses, as a terminal has
 * no hyperlinks to click; `scenario:` links read as a call to action.
 */
import type Token from 'markdown-it/lib/token.mjs';
import type { Segment, Style } from './styled.js';

/** Converts inline children; `links` collects the targets in order of appearance. */
export function inlineSegments(children: Token[] | null, base: Style = {}, links: string[] = []): Segment[] {
  const out: Segment[] = [];
  const stack: Style[] = [base];
  const top = (): Style => stack[stack.length - 1];
  let href: string | undefined;
  const push = (text: string, extra: Style = {}): void => {
    const style = { ...top(), ...extra };
    out.push(Object.keys(style).length ? { text, style } : { text });
  };
  for (const t of children ?? []) {
    switch (t.type) {
      case 'text':
        push(t.content);
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        push('\n');
        break;
      case 'code_inline':
        push(t.content, { color: 'yellow' });
        break;
      case 'strong_open':
        stack.push({ ...top(), bold: true });
        break;
      case 'em_open':
        stack.push({ ...top(), italic: true });
        break;
      case 's_open':
        stack.push({ ...top(), dim: true });
        break;
      case 'link_open':
        href = t.attrGet('href') ?? '';
        links.push(href);
        stack.push({ ...top(), underline: true, color: 'blue' });
        if (href.startsWith('scenario:')) push('▶ ', { underline: false, color: 'green', bold: true });
        break;
      case 'link_close':
        stack.pop();
        if (href?.startsWith('scenario:')) push(` [${href.slice('scenario:'.length)}]`, { dim: true });
        else if (href && !href.startsWith('#')) push(` (${href})`, { dim: true });
        href = undefined;
        break;
      case 'strong_close':
      case 'em_close':
      case 's_close':
        stack.pop();
        break;
      case 'image':
        push(`[image: ${t.content || t.attrGet('alt') || ''}]`, { dim: true });
        break;
      case 'html_inline':
        break;
      default:
        if (t.content) push(t.content);
    }
  }
  return out;
}
