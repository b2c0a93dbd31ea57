/** One password rule for every place a password is set (invitations, resets, the CLI). */
export const minPasswordLength = 12;
export const maxPasswordLength = 256;
/** bcrypt cost: slow enough to make guessing expensive, under a quarter of a second here. */
export const passwordHashCost = 12;

/** What is wrong with a password: the English sentence, and the reason and values a browser says it in another language with. */
export interface PasswordProblem {
  message: string;
  reason: string;
  params?: Record<string, string>;
}

/** The problem with a password, or null when it is acceptable. */
export function findPasswordProblem(password: string): PasswordProblem | null {
  if (password.length < minPasswordLength)
    return {
      message: `Use at least ${minPasswordLength} characters.`,
      reason: 'password-too-short',
      params: { min: String(minPasswordLength) },
    };
  if (password.length > maxPasswordLength)
    return {
      message: `Use at most ${maxPasswordLength} characters.`,
      reason: 'password-too-long',
      params: { max: String(maxPasswordLength) },
    };
  if (password.trim().length === 0) return { message: 'The password cannot be only spaces.', reason: 'password-blank' };
  return null;
}

/** A message saying what is wrong, or null when the password is acceptable. */
export function checkPassword(password: string): string | null {
  return findPasswordProblem(password)?.message ?? null;
}
