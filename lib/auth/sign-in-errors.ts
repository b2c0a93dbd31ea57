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

const messages: Record<string, string> = {
  [signInErrorCodes.ssoEmailNotVerified]:
    'Your identity provider has not verified your e-mail address. Verify it there, then sign in again.',
  [signInErrorCodes.ssoAccountExists]:
    'An account with this e-mail already exists; ask an administrator to reset its access for single sign-on.',
  [signInErrorCodes.ssoNotInvited]: 'This e-mail address has not been invited to Zero Draft. Ask an administrator for an invitation.',
  [signInErrorCodes.ssoDeactivated]: 'This account has been deactivated. Ask an administrator if you need access again.',
  [signInErrorCodes.ssoNoDelegation]:
    'Your domain may sign in, but no delegation is configured for new accounts. Ask an administrator for an invitation.',
  [signInErrorCodes.ssoIncomplete]: 'Your identity provider did not say who you are (no subject or e-mail). Ask its administrator.',
  CredentialsSignin: 'Wrong email or password. Check both and try again.',
  AccessDenied: 'Sign-in was refused.',
  OAuthSignin: 'Single sign-on could not start. Try again, or ask an administrator to check its configuration.',
  OAuthCallback: 'Single sign-on did not complete (the identity provider refused or the answer was not valid). Try again.',
  Callback: 'Single sign-on did not complete. Try again.',
  Configuration: 'Sign-in is not configured correctly on the server. Ask an administrator.',
  SessionRequired: 'Sign in first.',
};

/** A sentence for the person, for any code that reaches the sign-in page; unknown codes get a general one. */
export function describeSignInError(code: string): string {
  if (code.startsWith(tooManyAttemptsPrefix)) {
    const parsed = Number.parseInt(code.slice(tooManyAttemptsPrefix.length), 10);
    const seconds = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 1), maxSignInDelaySeconds) : maxSignInDelaySeconds;
    return `Too many failed attempts; try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
  }
  return Object.hasOwn(messages, code) ? messages[code]! : 'Sign-in did not succeed. Try again.';
}
