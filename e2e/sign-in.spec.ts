import { expect, test } from './fixtures';
import { seedForSso } from '../test-support/oidc-seed-client';

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
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
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
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(page.getByTestId('whoami')).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    expect(new URL(page.url()).pathname).toBe(expected);
  }
});

test('repeated wrong passwords slow sign-in down with a clear message, and never lock the account out', async ({ browser }) => {
  const email = `throttled-${Date.now()}@zerodraft.test`;
  const password = 'a long enough password';
  seedForSso('password-user', { email, name: 'Tess Throttled', password, delegationCode: 'MEX' });
  // Its own client address (the e2e app trusts X-Forwarded-For), so other tests' sign-ins are not slowed down.
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.77' } });
  const page = await context.newPage();
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  const alert = page.locator('form').getByRole('alert');
  const submit = page.getByRole('button', { name: 'Sign in', exact: true });

  const slowedDown = /^Too many failed attempts; try again in (\d+) seconds?\.$/;

  async function attempt(withPassword: string): Promise<string> {
    await page.getByLabel('Password').fill(withPassword);
    await submit.click();
    await expect(alert).toBeVisible();
    return (await alert.textContent()) ?? '';
  }

  // The first few mistakes cost nothing; then each one costs a growing wait (attempts during a wait are not
  // counted). Keep failing until the wait is long enough for the next step to happen surely within it.
  await expect
    .poll(async () => Number(slowedDown.exec(await attempt('not the password'))?.[1] ?? 0), { timeout: 90_000 })
    .toBeGreaterThanOrEqual(5);
  // While the wait is in force even the right password is not checked.
  expect(await attempt(password)).toMatch(slowedDown);
  await expect(page.getByTestId('whoami')).toHaveCount(0);
  // Once it has passed, the right password signs in: a slowdown, never a lockout.
  await expect(async () => {
    await page.getByLabel('Password').fill(password);
    await submit.click();
    await expect(page.getByTestId('whoami')).toContainText('Tess Throttled', { timeout: 3_000 });
  }).toPass({ timeout: 90_000 });
  await context.close();
});
