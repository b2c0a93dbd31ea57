/**
 * The people of the local OpenID Connect provider the e2e suite signs in through (test-support/oidc-provider.ts),
 * shared with the tests that fill in its login form.
 */
export interface OidcTestAccount {
  sub: string;
  email: string;
  emailVerified: boolean;
  name: string;
}

export const oidcTestPassword = 'idp-test-password';
export const oidcAllowedDomain = 'sso-allowed.test';
/** Delegation code (demo data) for people admitted by the allowed domain. */
export const oidcDomainDelegation = 'OBS';
export const oidcProviderName = 'Test Identity Provider';

export const oidcAccounts = {
  /** The test invites this address before signing in. */
  invited: { sub: 'idp-invited', email: 'iris.invited@partner.test', emailVerified: true, name: 'Iris (at the IdP)' },
  /** Invited too, but the provider has not verified the address. */
  unverified: { sub: 'idp-unverified', email: 'uma.unverified@partner.test', emailVerified: false, name: 'Uma Unverified' },
  /** Same address as a demo password account: must never be linked to it. */
  passwordAccount: { sub: 'idp-colombia', email: 'colombia@zerodraft.test', emailVerified: true, name: 'Not María' },
  /** Nobody invited this address and its domain is not allowed. */
  uninvited: { sub: 'idp-stranger', email: 'sam.stranger@partner.test', emailVerified: true, name: 'Sam Stranger' },
  /** Admitted by its domain. */
  allowedDomain: { sub: 'idp-domain', email: `dana@${oidcAllowedDomain}`, emailVerified: true, name: 'Dana Domain' },
} satisfies Record<string, OidcTestAccount>;
