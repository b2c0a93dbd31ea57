/**
 * WCAG 2.1 contrast (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio): text needs 4.5:1 against its background.
 * Delegation colours are chosen by administrators, so text on them is coloured here rather than by hand.
 */

const black = '#000000';
const white = '#ffffff';

/** The red, green and blue of a "#rgb" or "#rrggbb" colour, 0–255; null for anything else. */
function readHexColour(colour: string): [number, number, number] | null {
  const hex = colour.trim().replace(/^#/, '');
  const full = /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((digit) => digit + digit).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  return [0, 2, 4].map((at) => Number.parseInt(full.slice(at, at + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance of a hex colour, 0 (black) to 1 (white). */
export function measureRelativeLuminance(colour: string): number {
  const rgb = readHexColour(colour);
  if (!rgb) throw new Error(`Not a hex colour: "${colour}"`);
  const [r, g, b] = rgb.map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two hex colours, 1 to 21, whichever order they are given in. */
export function measureContrastRatio(first: string, second: string): number {
  const [lighter, darker] = [measureRelativeLuminance(first), measureRelativeLuminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * Black or white, whichever contrasts more with the background (one of them always reaches 4.5:1). A colour that is
 * not hex gets white, as the badges had before.
 */
export function pickTextColour(background: string): '#000000' | '#ffffff' {
  if (!readHexColour(background)) return white;
  return measureContrastRatio(background, black) > measureContrastRatio(background, white) ? black : white;
}
