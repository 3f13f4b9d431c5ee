/**
 * Markdown lessons for the terminal: markdown-it's token stream turned into styled lines
 * (headings, paragraphs, lists, block quotes, tables, code blocks with YAML and shell
 * highlighted) wrapped to a width. Pure functions: the reader component only draws the lines.
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { highlighterFor } from './highlight.js';
import { inlineSegments } from './inline.js';
import { plainText, wrapSegments, type Segment, type Style, type StyledLine } from './styled.js';
import { renderTable } from './table.js';

export interface RenderedMarkdown {
  lines: StyledLine[];
  /** Line index of each heading (for jumping between sections). */
  headings: { level: number; text: string; line: number }[];
  /** Scenario ids linked as `scenario:<id>`, in order. */
  scenarios: string[];
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
// `scenario:` links are the course's own scheme; markdown-it rejects unknown schemes unless told.
md.validateLink = (url: string) => !/^(javascript|vbscript|file|data):/i.test(url.trim());

const HEADING_STYLE: Record<number, Style> = {
  1: { bold: true, color: 'magenta' },
  2: { bold: true, color: 'cyan' },
  3: { bold: true },
};

interface Ctx {
  width: number;
  out: StyledLine[];
  headings: RenderedMarkdown['headings'];
  links: string[];
  /** Prefixes of the enclosing block quotes and list items. */
  prefix: StyledLine;
  firstPrefix?: StyledLine;
}

function blank(ctx: Ctx): void {
  const last = ctx.out[ctx.out.length - 1];
  if (ctx.out.length > 0 && plainText(last).trim() !== plainText(ctx.prefix).trim()) ctx.out.push([...ctx.prefix].map((s) => ({ ...s, text: s.text.trimEnd() })));
}

function emit(ctx: Ctx, segs: Segment[], first?: StyledLine): void {
  const fp = first ?? ctx.firstPrefix ?? ctx.prefix;
  ctx.firstPrefix = undefined;
  const parts: Segment[][] = [[]];
  for (const s of segs) {
    const pieces = s.text.split('\n');
    pieces.forEach((p, i) => {
      if (i > 0) parts.push([]);
      if (p) parts[parts.length - 1].push({ ...s, text: p });
    });
  }
  parts.forEach((p, i) => ctx.out.push(...wrapSegments(p, ctx.width, i === 0 ? fp : ctx.prefix, ctx.prefix)));
}

/** Finds the index of the closing token matching tokens[i] (same level, `_close`). */
function closing(tokens: Token[], i: number): number {
  const type = tokens[i].type.replace(/_open$/, '_close');
  let depth = 0;
  for (let j = i; j < tokens.length; j++) {
    if (tokens[j].type === tokens[i].type) depth++;
    else if (tokens[j].type === type && --depth === 0) return j;
  }
  return tokens.length - 1;
}

function renderTableTokens(ctx: Ctx, tokens: Token[]): void {
  const header: string[] = [];
  const rows: string[][] = [];
  let row: string[] | undefined;
  let inHead = false;
  for (const t of tokens) {
    if (t.type === 'thead_open') inHead = true;
    else if (t.type === 'thead_close') inHead = false;
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && row) {
      if (inHead) header.push(...row);
      else rows.push(row);
    } else if (t.type === 'inline' && row) row.push(plainText(inlineSegments(t.children, {}, ctx.links)));
  }
  const indent = plainText(ctx.prefix).length;
  for (const l of renderTable(header, rows, ctx.width - indent)) ctx.out.push([...ctx.prefix, ...l]);
}

function renderBlocks(ctx: Ctx, tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'heading_open': {
        const level = Number(t.tag.slice(1));
        const segs = inlineSegments(tokens[i + 1].children, HEADING_STYLE[level] ?? { bold: true });
        blank(ctx);
        ctx.headings.push({ level, text: plainText(segs), line: ctx.out.length });
        const marker: Segment[] = level <= 2 ? [] : [{ text: `${'#'.repeat(level)} `, style: { dim: true } }];
        emit(ctx, [...marker, ...segs]);
        if (level === 1) ctx.out.push([{ text: '═'.repeat(Math.min(ctx.width, plainText(segs).length)), style: { color: 'magenta' } }]);
        i = closing(tokens, i);
        blank(ctx);
        break;
      }
      case 'paragraph_open': {
        if (!t.hidden) blank(ctx);
        emit(ctx, inlineSegments(tokens[i + 1].children, {}, ctx.links));
        i = closing(tokens, i);
        if (!t.hidden) blank(ctx);
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const end = closing(tokens, i);
        const tight = tokens.slice(i, end).some((x) => x.type === 'paragraph_open' && x.hidden);
        let n = Number(t.attrGet('start') ?? 1);
        // A list nested in a list item follows its parent's text directly.
        if (ctx.firstPrefix === undefined && ctx.prefix.length === 0) blank(ctx);
        for (let j = i + 1; j < end; j++) {
          if (tokens[j].type !== 'list_item_open') continue;
          const itemEnd = closing(tokens, j);
          const marker = t.type === 'bullet_list_open' ? '• ' : `${n++}. `;
          const saved = ctx.prefix;
          ctx.firstPrefix = [...saved, { text: marker, style: { color: 'cyan' } }];
          ctx.prefix = [...saved, { text: ' '.repeat(marker.length) }];
          renderBlocks(ctx, tokens.slice(j + 1, itemEnd));
          ctx.prefix = saved;
          ctx.firstPrefix = undefined;
          if (!tight) blank(ctx);
          j = itemEnd;
        }
        i = end;
        blank(ctx);
        break;
      }
      case 'blockquote_open': {
        const end = closing(tokens, i);
        const saved = ctx.prefix;
        blank(ctx);
        ctx.prefix = [...saved, { text: '│ ', style: { color: 'gray' } }];
        renderBlocks(ctx, tokens.slice(i + 1, end));
        const bare = plainText(ctx.prefix).trim();
        while (ctx.out.length && plainText(ctx.out[ctx.out.length - 1]).trim() === bare) ctx.out.pop();
        ctx.prefix = saved;
        i = end;
        blank(ctx);
        break;
      }
      case 'fence':
      case 'code_block': {
        const hl = highlighterFor(t.type === 'fence' ? t.info : '');
        blank(ctx);
        const body = t.content.replace(/\n$/, '');
        const gutter: Segment = { text: '  ' };
        for (const line of body.split('\n')) ctx.out.push([...ctx.prefix, gutter, ...hl(line)]);
        blank(ctx);
        break;
      }
      case 'table_open': {
        const end = closing(tokens, i);
        blank(ctx);
        renderTableTokens(ctx, tokens.slice(i, end + 1));
        i = end;
        blank(ctx);
        break;
      }
      case 'hr':
        blank(ctx);
        ctx.out.push([...ctx.prefix, { text: '─'.repeat(Math.max(0, ctx.width - plainText(ctx.prefix).length)), style: { dim: true } }]);
        blank(ctx);
        break;
      case 'inline':
        emit(ctx, inlineSegments(t.children, {}, ctx.links));
        break;
      default:
        break;
    }
  }
}

/** Renders a lesson body (front matter already removed) for a terminal `width` columns wide. */
export function renderMarkdown(source: string, width: number): RenderedMarkdown {
  const ctx: Ctx = { width: Math.max(20, width), out: [], headings: [], links: [], prefix: [] };
  renderBlocks(ctx, md.parse(source, {}));
  while (ctx.out.length && plainText(ctx.out[ctx.out.length - 1]).trim() === '') ctx.out.pop();
  const scenarios = [...new Set(ctx.links.filter((l) => l.startsWith('scenario:')).map((l) => l.slice('scenario:'.length)))];
  return { lines: ctx.out, headings: ctx.headings, scenarios };
}
