import { describe, expect, it } from 'vitest';
import { describeSignInError, signInErrorCodes, tooManyAttemptsCode } from './sign-in-errors';

describe('describeSignInError', () => {
  it('says how long to wait while a delay is in force', () => {
    expect(describeSignInError(tooManyAttemptsCode(12))).toBe('Too many failed attempts; try again in 12 seconds.');
    expect(describeSignInError(tooManyAttemptsCode(1))).toBe('Too many failed attempts; try again in 1 second.');
  });
  it('tells a person whose e-mail already has an account to ask an administrator', () => {
    expect(describeSignInError(signInErrorCodes.ssoAccountExists)).toBe(
      'An account with this e-mail already exists; ask an administrator to reset its access for single sign-on.',
    );
  });
  it('gives a general sentence for codes it does not know, including object property names', () => {
    expect(describeSignInError('constructor')).toBe('Sign-in did not succeed. Try again.');
    expect(describeSignInError('<script>')).toBe('Sign-in did not succeed. Try again.');
  });
});
