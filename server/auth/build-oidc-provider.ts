import type { OAuthConfig } from 'next-auth/providers/oauth';
import type { OidcConfig } from '@/server/config/read-config';

type OidcClaims = Record<string, unknown> & { sub: string };

/**
 * next-auth's generic OpenID Connect provider for one issuer. The ID token is always validated (signature, issuer,
 * audience, PKCE and state); e-mail claims the issuer keeps out of the ID token are read from its userinfo endpoint,
 * but issuer and subject always come from the validated ID token.
 */
export function buildOidcProvider(config: OidcConfig): OAuthConfig<OidcClaims> {
  return {
    id: 'oidc',
    name: config.name,
    type: 'oauth',
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: 'openid email profile' } },
    idToken: true,
    checks: ['pkce', 'state'],
    userinfo: {
      async request({ tokens, client }) {
        // At run time next-auth passes openid-client's TokenSet, whose claims() are the validated ID token's.
        const claims = (tokens as unknown as { claims(): OidcClaims }).claims();
        if (typeof claims.email === 'string' && 'email_verified' in claims) return claims;
        if (!tokens.access_token) throw new Error('The issuer gave no access token to read the e-mail address with.');
        const userinfo = (await client.userinfo(tokens.access_token)) as Record<string, unknown>;
        if (userinfo.sub !== claims.sub) throw new Error('The userinfo answer names another subject than the ID token.');
        return { ...userinfo, iss: claims.iss, sub: claims.sub };
      },
    },
    profile(claims) {
      return { id: claims.sub, email: typeof claims.email === 'string' ? claims.email : null };
    },
  };
}
