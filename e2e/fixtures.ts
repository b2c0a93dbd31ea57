import { test as base, expect, type Browser, type Page } from '@playwright/test';

export const demoPassword = 'zero-draft-demo';

export const accounts = {
  chair: 'chair@zerodraft.test',
  colombia: 'colombia@zerodraft.test',
  eu: 'eu@zerodraft.test',
  eu2: 'eu2@zerodraft.test',
  usa: 'usa@zerodraft.test',
  mexico: 'mexico@zerodraft.test',
  secretariat: 'secretariat@zerodraft.test',
  observer: 'observer@zerodraft.test',
  admin: 'admin@zerodraft.test',
} as const;
export type Account = keyof typeof accounts;

export async function signIn(page: Page, account: Account): Promise<void> {
  await signInWithPassword(page, accounts[account], demoPassword);
}

/** For people a test invited, who set their own password. */
export async function signInWithPassword(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByTestId('whoami')).toBeVisible();
}

/**
 * A person whose browser keeps the interface in another language (the language cookie): the demo accounts have no
 * saved language, so the cookie decides, and other tests signing in as them still see English.
 */
export async function openInLanguage(browser: Browser, account: Account, locale: 'fr' | 'es'): Promise<Page> {
  const page = await openAs(browser, account);
  await page.context().addCookies([{ name: 'zd-locale', value: locale, url: new URL(page.url()).origin }]);
  await page.reload();
  return page;
}

/** A separate browser context per delegation, as two people on two machines. */
export async function openAs(browser: Browser, account: Account): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

export const test = base.extend<{ signInAs: (account: Account) => Promise<Page>; closeContextsAfterTest: undefined }>({
  // The browser lives for the whole run and keeps every context a test opens (openAs) until it is closed; left open,
  // each signed-in page goes on polling and holding its draft's websocket, and the server slows test after test.
  closeContextsAfterTest: [
    async ({ browser }, use) => {
      // Contexts a beforeAll opened for a whole describe block exist already and are left to its afterAll.
      const before = new Set(browser.contexts());
      await use(undefined);
      await Promise.all(
        browser
          .contexts()
          .filter((context) => !before.has(context))
          .map((context) => context.close()),
      );
    },
    { auto: true },
  ],
  signInAs: async ({ page }, use) => {
    await use(async (account) => {
      await signIn(page, account);
      return page;
    });
  },
});

export { expect };
