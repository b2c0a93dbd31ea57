import { describe, expect, it } from 'vitest';
import { readRovingIndex } from './roving-focus';

describe('readRovingIndex', () => {
  it('moves one row with the arrows and stops at the ends', () => {
    expect(readRovingIndex('ArrowDown', 0, 3)).toBe(1);
    expect(readRovingIndex('ArrowDown', 2, 3)).toBe(2);
    expect(readRovingIndex('ArrowUp', 1, 3)).toBe(0);
    expect(readRovingIndex('ArrowUp', 0, 3)).toBe(0);
  });

  it('jumps to the first and last rows with Home and End', () => {
    expect(readRovingIndex('Home', 2, 3)).toBe(0);
    expect(readRovingIndex('End', 0, 3)).toBe(2);
  });

  it('ignores other keys and empty lists', () => {
    expect(readRovingIndex('Enter', 0, 3)).toBeNull();
    expect(readRovingIndex('ArrowDown', 0, 0)).toBeNull();
  });
});
