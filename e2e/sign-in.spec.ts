import { expect, test } from './fixtures';

test('a signed-out visitor is sent to the sign-in page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByRole('heading', { name: 'Sign in to Zero Draft' })).toBeVisible();
});

test('a delegate signs in and sees the delegation name and their negotiations', async ({ signInAs }) => {
  const page = await signInAs('usa');
  await expect(page.getByTestId('delegation')).toHaveText('United States');
  await expect(page.getByTestId('whoami')).toContainText('John Carter · United States');
  await expect(page.getByRole('link', { name: /Trafficking in Persons Protocol/ }).first()).toBeVisible();
  // Not on the confidential negotiation's roster: it is not listed at all.
  await expect(page.getByText(/Friends of the Chair/)).toHaveCount(0);
});

test('the facilitator signs in and sees both negotiations they are on', async ({ signInAs }) => {
  const page = await signInAs('chair');
  await expect(page.getByTestId('whoami')).toContainText('Elena Rossi');
  await expect(page.getByRole('link', { name: /Friends of the Chair/ }).first()).toBeVisible();
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
