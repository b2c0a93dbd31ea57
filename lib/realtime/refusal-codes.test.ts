import { describe, expect, it } from 'vitest';
import { codeRealtimeRefusal, codeRealtimeSentence } from './refusal-codes';

describe('codeRealtimeRefusal', () => {
  it('names an exact sentence by its own code', () => {
    expect(codeRealtimeRefusal('paragraph-rights', 'This paragraph is frozen.')).toBe('paragraph-frozen');
  });

  it('names a sentence with values in it by its rule', () => {
    expect(
      codeRealtimeRefusal('deadlines', 'Proposals on OP 2 closed at 18:00 Vienna time (27 Nov 2026); ask the facilitator to reopen them.'),
    ).toBe('proposals-closed');
  });

  it('falls back to a general code for a rule it does not know', () => {
    expect(codeRealtimeRefusal('unknown', 'Something new.')).toBe('not-accepted');
  });

  it('knows why the server closed a connection, and nothing else by sentence alone', () => {
    expect(codeRealtimeSentence('Your account was deactivated.')).toBe('account-deactivated');
    expect(codeRealtimeSentence('Too many refused changes')).toBeNull();
  });
});
