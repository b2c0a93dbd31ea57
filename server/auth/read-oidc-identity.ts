import { signInErrorCodes } from '@/lib/auth/sign-in-errors';

export interface OidcIdentity {
  issuer: string;
  subject: string;
  /** Lower case; verified by the issuer. */
  email: string;
  name?: string;
}

export type OidcIdentityReading = { ok: true; identity: OidcIdentity } | { ok: false; code: string };

/** The identity in an OpenID Connect profile, refused unless the issuer vouches for the e-mail address. */
export function readOidcIdentity(claims: Record<string, unknown> | undefined): OidcIdentityReading {
  const issuer = claims?.iss;
  const subject = claims?.sub;
  const email = claims?.email;
  if (typeof issuer !== 'string' || issuer === '' || typeof subject !== 'string' || subject === '') {
    return { ok: false, code: signInErrorCodes.ssoIncomplete };
  }
  if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(email)) return { ok: false, code: signInErrorCodes.ssoIncomplete };
  // Some issuers send the boolean as a string; anything else (absent, false) is not a verified address.
  const verified = claims?.email_verified === true || claims?.email_verified === 'true';
  if (!verified) return { ok: false, code: signInErrorCodes.ssoEmailNotVerified };
  const name = typeof claims?.name === 'string' && claims.name.trim() !== '' ? claims.name.trim().slice(0, 200) : undefined;
  return { ok: true, identity: { issuer, subject, email: email.trim().toLowerCase(), ...(name ? { name } : {}) } };
}
