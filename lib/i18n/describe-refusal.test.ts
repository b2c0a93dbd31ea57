import { describe, expect, it } from 'vitest';
import fr from '@/messages/fr.json';
import { describeRefusal, type MessageLookup } from './describe-refusal';

const french: MessageLookup = (key) => {
  const [group, name] = key.split('.') as [keyof typeof fr.refusals, string];
  return (fr.refusals[group] as Record<string, string> | undefined)?.[name] ?? null;
};

describe('describeRefusal', () => {
  it('says a known reason in the person’s language', () => {
    expect(describeRefusal({ error: 'Sign in first.', code: 'unauthenticated', reason: 'sign-in-first' }, french)).toBe(
      'Connectez-vous d’abord.',
    );
  });

  it('falls back to the server’s English sentence for a reason the catalogue does not know', () => {
    expect(describeRefusal({ error: 'The title is taken.', code: 'conflict', reason: 'title-taken' }, french)).toBe('The title is taken.');
  });

  it('uses the code’s general sentence when the server sent no words', () => {
    expect(describeRefusal({ code: 'too-many-requests' }, french)).toBe('Trop de demandes ; patientez un instant et réessayez.');
    expect(describeRefusal(null, french)).toBe('Une erreur s’est produite sur le serveur. Rien n’a été modifié.');
  });
});
