/** One password rule for every place a password is set (invitations, resets, the CLI). */
export const minPasswordLength = 12;
export const maxPasswordLength = 256;
/** bcrypt cost: slow enough to make guessing expensive, under a quarter of a second here. */
export const passwordHashCost = 12;

/** A message saying what is wrong, or null when the password is acceptable. */
export function checkPassword(password: string): string | null {
  if (password.length < minPasswordLength) return `Use at least ${minPasswordLength} characters.`;
  if (password.length > maxPasswordLength) return `Use at most ${maxPasswordLength} characters.`;
  if (password.trim().length === 0) return 'The password cannot be only spaces.';
  return null;
}
