import { expect, test } from './fixtures';

test('a signed-out visitor is sent to the sign-in page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByRole('heading', { name: 'Sign in to Zero Draft' })).toBeVisible();
});

test('a delegate signs in and sees the delegation name and role', async ({ signInAs }) => {
  const page = await signInAs('colombia');
  await expect(page.getByTestId('delegation')).toHaveText('Colombia');
  await expect(page.getByTestId('whoami')).toContainText('María Gómez · Colombia · delegate');
});

test('the facilitator signs in with the facilitator role', async ({ signInAs }) => {
  const page = await signInAs('chair');
  await expect(page.getByTestId('whoami')).toContainText('facilitator');
});

test('a wrong password gets a clear error and no session', async ({ page }) => {
  await page.goto('/signin');
  await page.getByLabel('Email').fill('colombia@zerodraft.test');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText('Wrong email or password. Check both and try again.');
  await page.goto('/');
  await expect(page).toHaveURL(/\/signin/);
});

test('after sign-in a visitor returns to the page asked for, never to another site', async ({ page, baseURL }) => {
  for (const [callbackUrl, expected] of [
    ['/corpus', '/corpus'],
    ['/%5Cevil.example', '/'],
    ['//evil.example', '/'],
  ] as const) {
    await page.context().clearCookies();
    await page.goto(`/signin?callbackUrl=${callbackUrl}`);
    await page.getByLabel('Email').fill('eu@zerodraft.test');
    await page.getByLabel('Password').fill('zero-draft-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('whoami')).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    expect(new URL(page.url()).pathname).toBe(expected);
  }
});
