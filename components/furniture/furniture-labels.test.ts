import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { en, fr } from '@/test-support/messages';
import { describeFurnitureEvent, type FurnitureTranslate } from './furniture-labels';

const t = createTranslator({ locale: 'en', messages: en, namespace: 'furniture' }) as unknown as FurnitureTranslate;

describe('describeFurnitureEvent', () => {
  it('says what changed, in words', () => {
    expect(
      describeFurnitureEvent(
        {
          action: 'draft.furniture',
          detail: { changes: { symbol: { from: null, to: 'CTOC/COP/2022/L.5' }, distribution: { from: 'Limited', to: 'General' } } },
        },
        t,
      ),
    ).toBe('changed the document details: document symbol none → “CTOC/COP/2022/L.5”; distribution “Limited” → “General”');
    expect(describeFurnitureEvent({ action: 'draft.sponsor.set', detail: { sponsor: { code: 'COL', name: 'Colombia' } } }, t)).toBe(
      'made Colombia the main sponsor',
    );
    expect(describeFurnitureEvent({ action: 'draft.sponsor.set', detail: { sponsor: null } }, t)).toBe('removed the main sponsor');
    expect(describeFurnitureEvent({ action: 'draft.cosponsor.join', detail: { delegation: { code: 'MEX', name: 'Mexico' } } }, t)).toBe(
      'Mexico joined the co-sponsors',
    );
  });

  it('says it in French', () => {
    const french = createTranslator({ locale: 'fr', messages: fr, namespace: 'furniture' }) as unknown as FurnitureTranslate;
    expect(describeFurnitureEvent({ action: 'draft.furniture', detail: { changes: { symbol: { from: null, to: 'L.5' } } } }, french)).toBe(
      'a modifié les détails du document : cote du document aucun → « L.5 »',
    );
    expect(
      describeFurnitureEvent({ action: 'draft.cosponsor.join', detail: { delegation: { code: 'MEX', name: 'Mexico' } } }, french),
    ).toBe('Mexico s’est joint aux coauteurs');
  });
});
