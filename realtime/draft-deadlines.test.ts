import { describe, expect, it } from 'vitest';
import type { DraftDeadlineState } from '@/lib/deadlines/proposal-deadline';
import { DraftDeadlines } from './draft-deadlines';

function deadlineState(note: string): DraftDeadlineState {
  return {
    timeZone: 'Europe/Vienna',
    deadlines: [{ id: 'd', paragraphId: '', closesAt: '2026-11-27T17:00:00.000Z', note, reopenedAt: null }],
  };
}

describe('the open rooms’ deadlines', () => {
  it('reads a draft on load, forgets drafts no longer open, and keeps the last read when a read fails', async () => {
    let stored = deadlineState('first');
    let failing = false;
    const logged: string[] = [];
    const deadlines = new DraftDeadlines(
      {
        read: async (ids) => {
          if (failing) throw new Error('database away');
          return new Map(ids.map((id) => [id, stored]));
        },
      },
      (message) => logged.push(message),
    );
    expect(deadlines.readContext('a')).toBeUndefined();
    await deadlines.load('a');
    expect(deadlines.readContext('a')?.deadlines[0]?.note).toBe('first');
    stored = deadlineState('second');
    failing = true;
    await deadlines.refresh(['a']);
    expect(deadlines.readContext('a')?.deadlines[0]?.note).toBe('first');
    expect(logged).toEqual(['deadlines could not be re-read: database away']);
    failing = false;
    await deadlines.refresh(['a']);
    expect(deadlines.readContext('a')).toMatchObject({ timeZone: 'Europe/Vienna', deadlines: [{ note: 'second' }] });
    await deadlines.refresh([]);
    expect(deadlines.readContext('a')).toBeUndefined();
  });

  it('a forced read (a signal) waits for one in flight and reads again, since that one may predate the change', async () => {
    let stored = deadlineState('before');
    let release: () => void = () => undefined;
    let reads = 0;
    const deadlines = new DraftDeadlines(
      {
        read: async (ids) => {
          reads += 1;
          const snapshot = stored;
          if (reads === 1) await new Promise<void>((resolve) => (release = resolve));
          return new Map(ids.map((id) => [id, snapshot]));
        },
      },
      () => undefined,
    );
    const slow = deadlines.refresh(['a']);
    stored = deadlineState('after');
    const skipped = deadlines.refresh(['a']);
    const forced = deadlines.refresh(['a'], { force: true });
    await skipped;
    release();
    await Promise.all([slow, forced]);
    expect(reads).toBe(2);
    expect(deadlines.readContext('a')?.deadlines[0]?.note).toBe('after');
  });
});
