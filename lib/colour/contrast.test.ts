import { describe, expect, it } from 'vitest';
import { measureContrastRatio, measureRelativeLuminance, pickTextColour } from './contrast';

describe('contrast', () => {
  it('measures relative luminance at the ends and in short hex', () => {
    expect(measureRelativeLuminance('#000000')).toBe(0);
    expect(measureRelativeLuminance('#fff')).toBe(1);
    expect(measureRelativeLuminance('#808080')).toBeCloseTo(0.2159, 3);
  });

  it('measures the contrast ratio of two colours in either order', () => {
    expect(measureContrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(measureContrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(measureContrastRatio('#ffffff', '#777777')).toBeCloseTo(4.48, 2);
  });

  it('puts white on dark delegation colours and black on light ones', () => {
    expect(pickTextColour('#1d4ed8')).toBe('#ffffff');
    expect(pickTextColour('#b91c1c')).toBe('#ffffff');
    expect(pickTextColour('#fde047')).toBe('#000000');
    expect(pickTextColour('#9ca3af')).toBe('#000000');
    expect(pickTextColour('#6b7280')).toBe('#ffffff');
  });

  it('always reaches 4.5:1 on any background', () => {
    for (let grey = 0; grey <= 255; grey += 5) {
      const hex = `#${grey.toString(16).padStart(2, '0').repeat(3)}`;
      expect(measureContrastRatio(hex, pickTextColour(hex))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps white for a colour it cannot read', () => {
    expect(pickTextColour('rebeccapurple')).toBe('#ffffff');
    expect(() => measureRelativeLuminance('red')).toThrow();
  });
});
