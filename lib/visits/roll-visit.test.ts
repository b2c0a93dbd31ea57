import { describe, expect, it } from 'vitest';
import { rollVisit } from './roll-visit';

const minute = 60_000;
const sitting = 30 * minute;
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 26, 9, 0) + minutes * minute);

describe('rollVisit', () => {
  it('starts a record on a first visit, with nothing to compare with yet', () => {
    expect(rollVisit(null, at(0), 'A', sitting)).toEqual({
      visitedAt: at(0),
      snapshot: 'A',
      previousVisitedAt: null,
      previousSnapshot: null,
    });
  });

  it('keeps the state to compare with through reloads within a sitting', () => {
    const first = rollVisit(null, at(0), 'A', sitting);
    const away = rollVisit(first, at(120), 'B', sitting);
    const reload = rollVisit(away, at(125), 'C', sitting);
    const again = rollVisit(reload, at(150), 'D', sitting);
    expect(away).toMatchObject({ visitedAt: at(120), snapshot: 'B', previousVisitedAt: at(0), previousSnapshot: 'A' });
    expect(again).toMatchObject({ visitedAt: at(150), snapshot: 'D', previousVisitedAt: at(0), previousSnapshot: 'A' });
  });

  it('rolls the last visit into "previous" once the person was away longer than a sitting', () => {
    const first = rollVisit(null, at(0), 'A', sitting);
    const inSitting = rollVisit(first, at(29), 'B', sitting);
    expect(inSitting.previousVisitedAt).toBeNull();
    const later = rollVisit(inSitting, at(59), 'C', sitting);
    expect(later).toEqual({ visitedAt: at(59), snapshot: 'C', previousVisitedAt: at(29), previousSnapshot: 'B' });
  });

  it('treats every later visit as a new sitting when the sitting is zero', () => {
    const first = rollVisit(null, at(0), 'A', 0);
    expect(rollVisit(first, at(0.01), 'B', 0)).toMatchObject({ previousVisitedAt: at(0), previousSnapshot: 'A' });
  });

  it('ignores a visit dated before the last one', () => {
    const last = rollVisit(rollVisit(null, at(0), 'A', sitting), at(60), 'B', sitting);
    expect(rollVisit(last, at(30), 'Z', sitting)).toBe(last);
  });
});
