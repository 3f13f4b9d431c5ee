/**
 * Styled text as plain data: the markdown renderer produces it, ink components and the
 * plain-text printer consume it. Keeping it data lets the renderer be tested without a terminal.
 */

export type Color = 'cyan' | 'green' | 'yellow' | 'magenta' | 'blue' | 'red' | 'gray';

export interface Style {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  dim?: boolean;
  inverse?: boolean;
  color?: Color;
}

export interface Segment {
  text: string;
  style?: Style;
}

/** One terminal line. */
export type StyledLine = Segment[];

/** The characters of a line without styles. */
export function plainText(line: StyledLine): string {
  return line.map((s) => s.text).join('');
}

/** Lines as plain text (what `kubedojo lesson ID` prints when stdout is not a terminal). */
export function toPlain(lines: StyledLine[]): string {
  return lines.map((l) => plainText(l).replace(/\s+$/, '')).join('\n') + '\n';
}

const SGR: Record<keyof Omit<Style, 'color'>, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  inverse: [7, 27],
};
const COLOR_CODE: Record<Color, number> = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, gray: 90 };

/** Lines with ANSI SGR escapes (a terminal without the UI, colour allowed). */
export function toAnsi(lines: StyledLine[]): string {
  const seg = (s: Segment): string => {
    if (!s.style) return s.text;
    const on: number[] = [];
    const off: number[] = [];
    for (const [k, [a, b]] of Object.entries(SGR)) {
      if (s.style[k as keyof typeof SGR]) {
        on.push(a);
        off.push(b);
      }
    }
    if (s.style.color) {
      on.push(COLOR_CODE[s.style.color]);
      off.push(39);
    }
    return on.length ? `\x1b[${on.join(';')}m${s.text}\x1b[${off.join(';')}m` : s.text;
  };
  return lines.map((l) => l.map(seg).join('')).join('\n') + '\n';
}

/** Splits segments into lines no wider than `width`, breaking at spaces where possible. */
export function wrapSegments(segments: StyledLine, width: number, firstPrefix: StyledLine = [], restPrefix: StyledLine = firstPrefix): StyledLine[] {
  const out: StyledLine[] = [];
  let line: StyledLine = [...firstPrefix];
  let col = plainText(firstPrefix).length;
  let lineHasWord = false;
  const newLine = (): void => {
    out.push(trimEnd(line));
    line = [...restPrefix];
    col = plainText(restPrefix).length;
    lineHasWord = false;
  };
  for (const s of segments) {
    // Words keep their trailing space so that styles of adjacent segments join naturally.
    for (const word of s.text.split(/(?<= )/)) {
      if (word === '') continue;
      const bare = word.replace(/ +$/, '');
      if (lineHasWord && col + bare.length > width) newLine();
      let rest = lineHasWord ? word : word.replace(/^ +/, '');
      if (rest === '') continue;
      // A word longer than the whole line is cut.
      while (col + rest.replace(/ +$/, '').length > width && rest.length > 1 && width - col > 0) {
        line.push({ text: rest.slice(0, width - col), style: s.style });
        rest = rest.slice(width - col);
        newLine();
      }
      line.push({ text: rest, style: s.style });
      col += rest.length;
      lineHasWord = true;
    }
  }
  if (lineHasWord || out.length === 0) out.push(trimEnd(line));
  return out;
}

function trimEnd(line: StyledLine): StyledLine {
  const copy = line.map((s) => ({ ...s }));
  while (copy.length && copy[copy.length - 1].text.trimEnd() === '') {
    if (copy.length === 1) break;
    copy.pop();
  }
  if (copy.length) copy[copy.length - 1] = { ...copy[copy.length - 1], text: copy[copy.length - 1].text.replace(/ +$/, '') };
  return copy.filter((s, i) => s.text !== '' || i === 0);
}
