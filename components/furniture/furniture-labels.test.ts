import { describe, expect, it } from 'vitest';
import { describeFurnitureEvent } from './furniture-labels';

describe('describeFurnitureEvent', () => {
  it('says what changed, in words', () => {
    expect(
      describeFurnitureEvent({
        action: 'draft.furniture',
        detail: { changes: { symbol: { from: null, to: 'CTOC/COP/2022/L.5' }, distribution: { from: 'Limited', to: 'General' } } },
      }),
    ).toBe('changed the document details: document symbol none → “CTOC/COP/2022/L.5”; distribution “Limited” → “General”');
    expect(describeFurnitureEvent({ action: 'draft.sponsor.set', detail: { sponsor: { code: 'COL', name: 'Colombia' } } })).toBe(
      'made Colombia the main sponsor',
    );
    expect(describeFurnitureEvent({ action: 'draft.sponsor.set', detail: { sponsor: null } })).toBe('removed the main sponsor');
    expect(describeFurnitureEvent({ action: 'draft.cosponsor.join', detail: { delegation: { code: 'MEX', name: 'Mexico' } } })).toBe(
      'Mexico joined the co-sponsors',
    );
  });
});
