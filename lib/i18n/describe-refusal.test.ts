import { describe, expect, it } from 'vitest';
import { fr } from '@/test-support/messages';
import { describeRefusal, localizeRefusalParams, type MessageLookup } from './describe-refusal';

const french: MessageLookup = (key, params = {}) => {
  const [group, name] = key.split('.') as [keyof typeof fr.refusals, string];
  const text = (fr.refusals[group] as Record<string, string> | undefined)?.[name];
  return text ? text.replace(/\{(\w+)\}/g, (_, param: string) => params[param] ?? `{${param}}`) : null;
};

describe('describeRefusal', () => {
  it('says a known reason in the person’s language', () => {
    expect(describeRefusal({ error: 'Sign in first.', code: 'unauthenticated', reason: 'sign-in-first' }, french)).toBe(
      'Connectez-vous d’abord.',
    );
  });

  it('fills the reason’s message with the values the server sent', () => {
    const body = {
      error: '"Mars/Base" is not a time zone…',
      code: 'invalid-input',
      reason: 'unknown-time-zone',
      params: { zone: 'Mars/Base' },
    };
    expect(describeRefusal(body, french)).toBe(
      '« Mars/Base » n’est pas un fuseau horaire : indiquez un nom IANA tel que Europe/Vienna ou America/New_York.',
    );
  });

  it('falls back to the server’s English sentence for a reason the catalogue does not know', () => {
    expect(describeRefusal({ error: 'The title is taken.', code: 'conflict', reason: 'title-taken' }, french)).toBe('The title is taken.');
  });

  it('uses the code’s general sentence when the server sent no words', () => {
    expect(describeRefusal({ code: 'too-many-requests' }, french)).toBe('Trop de demandes ; patientez un instant et réessayez.');
    expect(describeRefusal(null, french)).toBe('Une erreur s’est produite sur le serveur. Rien n’a été modifié.');
  });

  it('gives a person reading English the server’s own sentence, the field it names included', () => {
    const body = { error: 'Expected string, received number', code: 'invalid-input', reason: 'invalid-field', params: { field: 'title' } };
    expect(describeRefusal(body, french, { readsServerLanguage: true })).toBe('Expected string, received number');
    expect(describeRefusal(body, french)).toBe('Le champ « title » n’a pas été accepté : vérifiez-le et réessayez.');
  });
});

describe('localizeRefusalParams', () => {
  const sayRole = (role: string) => (fr.roles as Record<string, string>)[role] ?? null;

  it('says the role a refusal names in the person’s language', () => {
    const body = {
      error: 'Your role in this negotiation (observer) does not allow this.',
      code: 'forbidden',
      reason: 'role-does-not-allow',
      params: { role: 'observer' },
    };
    expect(describeRefusal({ ...body, params: localizeRefusalParams(body.params, sayRole) }, french)).toBe(
      'Votre rôle dans cette négociation (observateur) ne le permet pas.',
    );
  });

  it('says each role of a list, keeps what it does not know and leaves the other values alone', () => {
    expect(localizeRefusalParams({ roles: 'delegate, observer' }, sayRole)).toEqual({ roles: 'délégué, observateur' });
    expect(localizeRefusalParams({ roles: 'none', id: 'observer' }, sayRole)).toEqual({ roles: 'aucun', id: 'observer' });
    expect(localizeRefusalParams({ roles: 'rapporteur' }, sayRole)).toEqual({ roles: 'rapporteur' });
    expect(localizeRefusalParams(undefined, sayRole)).toBeUndefined();
  });

  it("says the realtime server's detail by its code, and keeps a detail without one", () => {
    const sayRealtime = (code: string) => (fr.refusals.realtime as Record<string, string>)[code] ?? null;
    expect(localizeRefusalParams({ detail: 'This paragraph is frozen.', detailCode: 'paragraph-frozen' }, sayRole, sayRealtime)).toEqual({
      detail: 'Ce paragraphe est gelé.',
      detailCode: 'paragraph-frozen',
    });
    expect(localizeRefusalParams({ detail: 'Another proposal already has this id.' }, sayRole, sayRealtime)).toEqual({
      detail: 'Another proposal already has this id.',
    });
  });
});
