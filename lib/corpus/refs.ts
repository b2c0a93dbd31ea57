/**
 * Paragraph references in the one convention used everywhere:
 * `PP<n>` preambular, `<n>` numbered, `<n>(a)`, `<n>(a)(i)`, and `(a)`, `(b)(iii)`
 * for texts lettered from the top.
 */

export interface ParsedRef {
  preambular: boolean;
  /** Paragraph number (PP number for preambular references). */
  number?: number;
  /** Letter / roman numeral parts, outermost first, without parentheses. */
  parts: string[];
}

const REF_PATTERN = /^(?:(PP)\s*(\d+)|(\d+))?((?:\s*\([a-z]{1,6}\))*)$/i;

export function parseRef(ref: string): ParsedRef | undefined {
  const match = REF_PATTERN.exec(ref.trim());
  if (!match) return undefined;
  const [, pp, ppNumber, number, rest] = match;
  const parts = [...(rest ?? '').matchAll(/\(([a-z]{1,6})\)/gi)].map((part) => part[1].toLowerCase());
  if (pp) {
    if (parts.length > 0) return undefined;
    return { preambular: true, number: Number(ppNumber), parts };
  }
  if (number === undefined && parts.length === 0) return undefined;
  return { preambular: false, number: number === undefined ? undefined : Number(number), parts };
}

export function formatRef(ref: ParsedRef): string {
  const parts = ref.parts.map((part) => `(${part})`).join('');
  if (ref.preambular) return `PP${ref.number ?? ''}`;
  return `${ref.number ?? ''}${parts}`;
}

/** "PP 4", "OP 13 (h)", "(b) (iii)" — how a delegate reads a reference aloud. */
export function formatRefLabel(ref: string): string {
  const parsed = parseRef(ref);
  if (!parsed) return ref;
  if (parsed.preambular) return `PP ${parsed.number}`;
  const parts = parsed.parts.map((part) => `(${part})`).join(' ');
  if (parsed.number === undefined) return parts;
  return parts ? `OP ${parsed.number} ${parts}` : `OP ${parsed.number}`;
}

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

export function romanToNumber(roman: string): number | undefined {
  const lower = roman.toLowerCase();
  if (!/^[ivxlc]+$/.test(lower)) return undefined;
  let total = 0;
  for (let index = 0; index < lower.length; index += 1) {
    const value = ROMAN_VALUES[lower[index]];
    const next = ROMAN_VALUES[lower[index + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return numberToRoman(total) === lower ? total : undefined;
}

export function numberToRoman(value: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = value;
  let out = '';
  for (const [amount, symbol] of table) {
    while (rest >= amount) {
      out += symbol;
      rest -= amount;
    }
  }
  return out;
}

/** Position of a letter ("a" = 1, "z" = 26, "aa" = 27 as UN lists continue). */
export function letterToNumber(letter: string): number | undefined {
  const lower = letter.toLowerCase();
  if (/^[a-z]$/.test(lower)) return lower.charCodeAt(0) - 96;
  if (/^([a-z])\1$/.test(lower)) return 26 + lower.charCodeAt(0) - 96;
  return undefined;
}

/** The letter of a position, as UN lists continue after (z): (aa), (bb), … */
export function numberToLetter(value: number): string {
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

/**
 * Sort key of a subparagraph part at a given nesting depth: letters at odd
 * depths below a number, romans below letters.
 */
function partValue(part: string, isRomanLevel: boolean): number {
  if (isRomanLevel) return romanToNumber(part) ?? letterToNumber(part) ?? 0;
  return letterToNumber(part) ?? romanToNumber(part) ?? 0;
}

/** Document order: preambular first, then numbered/lettered paragraphs, parents before children. */
export function compareRefs(left: string, right: string): number {
  const a = parseRef(left);
  const b = parseRef(right);
  if (!a || !b) return left.localeCompare(right);
  if (a.preambular !== b.preambular) return a.preambular ? -1 : 1;
  const numberDelta = (a.number ?? 0) - (b.number ?? 0);
  if (numberDelta !== 0) return numberDelta;
  const length = Math.max(a.parts.length, b.parts.length);
  for (let index = 0; index < length; index += 1) {
    const partA = a.parts[index];
    const partB = b.parts[index];
    if (partA === undefined) return -1;
    if (partB === undefined) return 1;
    const isRomanLevel = index % 2 === 1;
    const delta = partValue(partA, isRomanLevel) - partValue(partB, isRomanLevel);
    if (delta !== 0) return delta;
  }
  return 0;
}
