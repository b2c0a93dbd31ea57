import { maxSignInDelaySeconds } from './sign-in-delay';

/** Codes our sign-in rules put in `?error=` (next-auth adds its own, e.g. CredentialsSignin, OAuthCallback). */
export const signInErrorCodes = {
  ssoEmailNotVerified: 'SsoEmailNotVerified',
  ssoAccountExists: 'SsoAccountExists',
  ssoNotInvited: 'SsoNotInvited',
  ssoDeactivated: 'SsoDeactivated',
  ssoNoDelegation: 'SsoNoDelegation',
  ssoIncomplete: 'SsoIncomplete',
} as const;

const tooManyAttemptsPrefix = 'TooManyAttempts:';

/** The error an authorize() throws while a delay is in force; it travels to the page as `?error=`. */
export function tooManyAttemptsCode(seconds: number): string {
  return `${tooManyAttemptsPrefix}${seconds}`;
}

/** The keys of the "signInErrors" messages; a code reaching the page is one of them or "unknown". */
const knownCodes = new Set<string>([
  ...Object.values(signInErrorCodes),
  'CredentialsSignin',
  'AccessDenied',
  'OAuthSignin',
  'OAuthCallback',
  'Callback',
  'Configuration',
  'SessionRequired',
]);

export type SignInErrorKey =
  | (typeof signInErrorCodes)[keyof typeof signInErrorCodes]
  | 'CredentialsSignin'
  | 'AccessDenied'
  | 'OAuthSignin'
  | 'OAuthCallback'
  | 'Callback'
  | 'Configuration'
  | 'SessionRequired'
  | 'TooManyAttempts'
  | 'unknown';

/**
 * Which message (in the "signInErrors" catalogue) answers a code that reached the sign-in page, with the seconds to
 * wait while a delay is in force; unknown codes (object property names included) get the general one.
 */
export function readSignInError(code: string): { key: SignInErrorKey; seconds?: number } {
  if (code.startsWith(tooManyAttemptsPrefix)) {
    const parsed = Number.parseInt(code.slice(tooManyAttemptsPrefix.length), 10);
    const seconds = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 1), maxSignInDelaySeconds) : maxSignInDelaySeconds;
    return { key: 'TooManyAttempts', seconds };
  }
  return { key: knownCodes.has(code) ? (code as SignInErrorKey) : 'unknown' };
}
