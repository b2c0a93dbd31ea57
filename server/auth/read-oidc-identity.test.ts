import { describe, expect, it } from 'vitest';
import { signInErrorCodes } from '@/lib/auth/sign-in-errors';
import { readOidcIdentity } from './read-oidc-identity';

const claims = { iss: 'https://id.example.org', sub: 'abc', email: 'Ana@Example.org', email_verified: true, name: ' Ana ' };

describe('readOidcIdentity', () => {
  it('reads issuer, subject, the lower-cased e-mail and the name', () => {
    expect(readOidcIdentity(claims)).toEqual({
      ok: true,
      identity: { issuer: 'https://id.example.org', subject: 'abc', email: 'ana@example.org', name: 'Ana' },
    });
  });
  it('refuses an e-mail the issuer has not verified, or does not say it verified', () => {
    expect(readOidcIdentity({ ...claims, email_verified: false })).toEqual({ ok: false, code: signInErrorCodes.ssoEmailNotVerified });
    expect(readOidcIdentity({ ...claims, email_verified: undefined })).toEqual({ ok: false, code: signInErrorCodes.ssoEmailNotVerified });
    expect(readOidcIdentity({ ...claims, email_verified: 'yes' })).toEqual({ ok: false, code: signInErrorCodes.ssoEmailNotVerified });
  });
  it('refuses an identity without subject or e-mail', () => {
    expect(readOidcIdentity({ ...claims, sub: '' })).toEqual({ ok: false, code: signInErrorCodes.ssoIncomplete });
    expect(readOidcIdentity({ ...claims, email: undefined })).toEqual({ ok: false, code: signInErrorCodes.ssoIncomplete });
    expect(readOidcIdentity(undefined)).toEqual({ ok: false, code: signInErrorCodes.ssoIncomplete });
  });
});
