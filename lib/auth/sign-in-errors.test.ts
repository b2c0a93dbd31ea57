import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { en, fr } from '@/test-support/messages';
import { readSignInError, signInErrorCodes, tooManyAttemptsCode } from './sign-in-errors';

function describeIn(messages: typeof en, locale: 'en' | 'fr', code: string): string {
  const t = createTranslator({ locale, messages, namespace: 'signInErrors' });
  const { key, seconds } = readSignInError(code);
  return key === 'TooManyAttempts' ? t(key, { seconds: seconds ?? 0 }) : t(key);
}

describe('readSignInError', () => {
  it('says how long to wait while a delay is in force', () => {
    expect(describeIn(en, 'en', tooManyAttemptsCode(12))).toBe('Too many failed attempts; try again in 12 seconds.');
    expect(describeIn(en, 'en', tooManyAttemptsCode(1))).toBe('Too many failed attempts; try again in 1 second.');
    expect(describeIn(fr, 'fr', tooManyAttemptsCode(12))).toBe('Trop de tentatives infructueuses ; réessayez dans 12 secondes.');
  });
  it('tells a person whose e-mail already has an account to ask an administrator', () => {
    expect(describeIn(en, 'en', signInErrorCodes.ssoAccountExists)).toBe(
      'An account with this e-mail already exists; ask an administrator to reset its access for single sign-on.',
    );
  });
  it('gives a general sentence for codes it does not know, including object property names', () => {
    expect(describeIn(en, 'en', 'constructor')).toBe('Sign-in did not succeed. Try again.');
    expect(describeIn(en, 'en', '<script>')).toBe('Sign-in did not succeed. Try again.');
  });
  it('has a message for every code it knows, in every language', () => {
    for (const code of [...Object.values(signInErrorCodes), 'CredentialsSignin', 'OAuthCallback', 'SessionRequired'])
      expect(Object.keys(en.signInErrors)).toContain(readSignInError(code).key);
  });
});
