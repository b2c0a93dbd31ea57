import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { draftFurnitureSchema, furnitureRefusals } from '@/lib/furniture/draft-furniture';
import { sayRefusal } from '@/test-support/say-refusal';
import { invalidInputError, type SchemaRefusals } from './invalid-input-error';

const refusals = {
  'delegation-colour-format': { message: 'The colour is written #rrggbb, such as #1d4ed8.' },
  'unknown-role': { message: 'The role is one of delegate, observer.', params: { roles: 'delegate, observer' } },
} satisfies SchemaRefusals;

const schema = z.object({
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, refusals['delegation-colour-format'].message),
  role: z.enum(['delegate', 'observer'], { message: refusals['unknown-role'].message }),
  note: z.string().max(3).optional(),
});

function refuse(body: unknown) {
  const parsed = schema.safeParse(body);
  if (parsed.success) throw new Error('expected the schema to refuse');
  return invalidInputError(parsed.error, 'Send it as JSON.', { reasons: refusals });
}

describe('invalidInputError', () => {
  it('refuses with the route’s reason for one of its own messages, so a French reader is not told a JSON field’s name', () => {
    const colour = refuse({ colour: 'green', role: 'delegate' });
    expect(colour).toMatchObject({
      code: 'invalid-input',
      message: refusals['delegation-colour-format'].message,
      reason: 'delegation-colour-format',
    });
    expect(sayRefusal(colour, 'fr')).toBe('La couleur s’écrit #rrggbb, par exemple #1d4ed8.');
    const role = refuse({ colour: '#000000', role: 'chair' });
    expect(sayRefusal(role, 'en')).toBe('The role is one of delegate, observer.');
    // As the browser says it: the roles too are words of the interface.
    expect(sayRefusal(role, 'fr')).toBe('Le rôle est l’un des suivants : délégué, observateur.');
  });

  it('names the field for a message of the schema library’s own, and the body when there is none', () => {
    expect(refuse({ colour: '#000000', role: 'delegate', note: 'too long' })).toMatchObject({
      reason: 'invalid-field',
      params: { field: 'note' },
    });
    expect(refuse(null)).toMatchObject({ reason: 'invalid-body' });
  });

  it('says the document details’ own messages in French (a symbol with "/Rev.1")', () => {
    const parsed = draftFurnitureSchema.safeParse({ symbol: 'CTOC/COP/2022/L.5/Rev.1' });
    if (parsed.success) throw new Error('expected the schema to refuse');
    const refusal = invalidInputError(parsed.error, 'The document details could not be read.', { reasons: furnitureRefusals });
    expect(sayRefusal(refusal, 'en')).toBe(refusal.message);
    expect(sayRefusal(refusal, 'fr')).toBe('Indiquez la cote de base sans « /Rev.n » : chaque révision nommée « Rev.n » l’ajoute.');
  });
});
