import { describe, expect, it } from 'vitest';
import { draftFurnitureSchema } from '@/lib/furniture/draft-furniture';
import { demoDelegations, demoNegotiations } from './demo-room';

describe('the demo drafts', () => {
  it('carry document details the details form would accept, and sponsors that are demo delegations', () => {
    const codes = new Set(demoDelegations.map((delegation) => delegation.code));
    for (const { draft } of demoNegotiations) {
      if (draft.furniture) expect(draftFurnitureSchema.safeParse(draft.furniture).success).toBe(true);
      for (const code of [draft.mainSponsor, ...(draft.coSponsors ?? [])].filter(Boolean)) expect(codes.has(code!)).toBe(true);
    }
  });
});
