import { describe, expect, it } from 'vitest';
import { parseConfig } from './read-config';

const sso = {
  ZERO_DRAFT_OIDC_ISSUER: 'https://id.example.org/',
  ZERO_DRAFT_OIDC_CLIENT_ID: 'zero-draft',
  ZERO_DRAFT_OIDC_CLIENT_SECRET: 's3cret',
};

describe('parseConfig: single sign-on and sign-in throttling', () => {
  it('leaves single sign-on off without an issuer', () => {
    expect(parseConfig({ ZERO_DRAFT_OIDC_CLIENT_ID: 'x' }).oidc).toBeUndefined();
  });

  it('reads the issuer, client, button name, allowed domains and delegation', () => {
    const config = parseConfig({
      ...sso,
      ZERO_DRAFT_OIDC_NAME: 'UN Login',
      ZERO_DRAFT_OIDC_ALLOWED_DOMAINS: 'UN.org, unodc.org,',
      ZERO_DRAFT_OIDC_DELEGATION: 'SEC',
      ZERO_DRAFT_TRUSTED_PROXY: '1',
    });
    expect(config.oidc).toEqual({
      issuer: 'https://id.example.org',
      clientId: 'zero-draft',
      clientSecret: 's3cret',
      name: 'UN Login',
      allowedDomains: ['un.org', 'unodc.org'],
      delegationCode: 'SEC',
    });
    expect(config.trustedProxy).toBe(true);
  });

  it('defaults to invitations only, with a general button name', () => {
    expect(parseConfig(sso).oidc).toMatchObject({ name: 'single sign-on', allowedDomains: [] });
  });

  it('stops on an issuer without its client, or a malformed domain list', () => {
    expect(() => parseConfig({ ZERO_DRAFT_OIDC_ISSUER: sso.ZERO_DRAFT_OIDC_ISSUER })).toThrow(/ZERO_DRAFT_OIDC_CLIENT_ID must be set/);
    expect(() => parseConfig({ ...sso, ZERO_DRAFT_OIDC_ALLOWED_DOMAINS: 'un.org; evil' })).toThrow(/ZERO_DRAFT_OIDC_ALLOWED_DOMAINS/);
  });
});
