import type { Page } from '@playwright/test';
import { type OidcTestAccount, oidcAccounts, oidcProviderName, oidcTestPassword } from '../test-support/oidc-accounts';
import { seedForSso } from '../test-support/oidc-seed-client';
import { expect, signIn, test } from './fixtures';

/** Through the app's button and the local OpenID Connect provider's own login form, as a person would. */
async function signInWithSso(page: Page, account: OidcTestAccount): Promise<void> {
  await page.goto('/signin');
  await page.getByRole('button', { name: `Sign in with ${oidcProviderName}` }).click();
  await expect(page.getByRole('heading', { name: 'Test Identity Provider' })).toBeVisible();
  await page.getByLabel('IdP e-mail').fill(account.email);
  await page.getByLabel('IdP password').fill(oidcTestPassword);
  await page.getByRole('button', { name: 'Continue to the application' }).click();
}

async function expectRefused(page: Page, message: string): Promise<void> {
  await expect(page.getByTestId('signin-error')).toHaveText(message);
  await expect(page).toHaveURL(/\/signin/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/signin/);
}

test('an invited person signs in with single sign-on and finds the negotiation they were invited to', async ({ page, browser }) => {
  const stamp = Date.now();
  const draftTitle = `SSO invitation draft ${stamp}`;
  seedForSso('invite', {
    email: oidcAccounts.invited.email,
    name: 'Iris Invited',
    delegationCode: 'JPN',
    negotiationTitle: `SSO negotiation ${stamp}`,
    draftTitle,
    role: 'delegate',
  });

  await signInWithSso(page, oidcAccounts.invited);
  await expect(page.getByTestId('whoami')).toContainText('Iris Invited');
  await expect(page.getByTestId('delegation')).toHaveText('Japan');
  await expect(page.getByRole('link', { name: draftTitle }).first()).toBeVisible();

  // The invitation is used up; the account is now reached through its binding, from another browser too.
  const again = await (await browser.newContext()).newPage();
  await signInWithSso(again, oidcAccounts.invited);
  await expect(again.getByTestId('whoami')).toContainText('Iris Invited');
  await expect(again.getByRole('link', { name: draftTitle }).first()).toBeVisible();
  await again.context().close();
});

test('an identity whose e-mail the provider has not verified is refused, even when invited', async ({ page }) => {
  seedForSso('invite', {
    email: oidcAccounts.unverified.email,
    name: 'Uma Unverified',
    delegationCode: 'NGA',
    negotiationTitle: `SSO unverified ${Date.now()}`,
    draftTitle: `SSO unverified draft ${Date.now()}`,
  });
  await signInWithSso(page, oidcAccounts.unverified);
  await expectRefused(page, 'Your identity provider has not verified your e-mail address. Verify it there, then sign in again.');
});

test('an identity with the e-mail of an existing password account is refused, not linked to it', async ({ page, browser }) => {
  await signInWithSso(page, oidcAccounts.passwordAccount);
  await expectRefused(page, 'An account with this e-mail already exists; ask an administrator to reset its access for single sign-on.');

  // The password account is untouched: its owner still signs in as before, as herself.
  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, 'colombia');
  await expect(owner.getByTestId('whoami')).toContainText('María Gómez');
  await owner.context().close();
});

test('an address nobody invited, outside the allowed domains, is refused', async ({ page }) => {
  await signInWithSso(page, oidcAccounts.uninvited);
  await expectRefused(page, 'This e-mail address has not been invited to Zero Draft. Ask an administrator for an invitation.');
});

test('a person of an allowed domain gets an account in the configured delegation', async ({ page }) => {
  await signInWithSso(page, oidcAccounts.allowedDomain);
  await expect(page.getByTestId('whoami')).toContainText('Dana Domain');
  await expect(page.getByTestId('delegation')).toHaveText('Civil society observer');
});
