import { readConfig } from './read-config';

/** Whether pages offer "Continue with single sign-on": an OpenID Connect issuer is configured. */
export function isSingleSignOnEnabled(): boolean {
  return readConfig().oidc !== undefined;
}
