import type { Browser, Page } from '@playwright/test';
import { editorOf, openDraft, typeParagraphs } from './draft-room';
import { expect, openAs, signInWithPassword, test } from './fixtures';

function formWithButton(page: Page, name: string) {
  return page.locator('form', { has: page.getByRole('button', { name, exact: true }) });
}

/** The administrator invites a new person onto the negotiation shown; returns the link's path (shown once). */
async function invite(admin: Page, person: { email: string; name: string; delegation: string }): Promise<string> {
  const form = formWithButton(admin, 'Invite');
  await form.getByLabel('E-mail address', { exact: true }).fill(person.email);
  await form.getByLabel('Name', { exact: true }).fill(person.name);
  await form.getByLabel('Delegation', { exact: true }).selectOption(person.delegation);
  await form.getByLabel('Role', { exact: true }).selectOption('delegate');
  await form.getByRole('button', { name: 'Invite', exact: true }).click();
  const link = form.getByTestId('invitation-link');
  await expect(link).toHaveValue(/\/invitations\/[A-Za-z0-9_-]{40,}$/);
  return new URL(await link.inputValue()).pathname;
}

/** The invited person, in their own browser, sets a password through the link and signs in. */
async function accept(browser: Browser, path: string, email: string, negotiationTitle: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(path);
  await expect(page.getByTestId('invitation-negotiation')).toHaveText(negotiationTitle);
  await expect(page.getByTestId('invitation-summary')).toContainText('Ada Okonkwo invited you');
  const password = `correct horse battery ${email}`;
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Password again').fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page).toHaveURL(/\/signin/);
  await signInWithPassword(page, email, password);
  return page;
}

test('an administrator sets up a negotiation and invites two delegations, who draft in it; a third delegation never sees it', async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const title = `Informals on victim support ${stamp}`;
  const admin = await openAs(browser, 'admin');
  await admin.goto('/admin/negotiations');
  await admin.getByLabel('Title', { exact: true }).fill(title);
  await admin.getByLabel('Session', { exact: true }).fill('Eleventh session');
  await admin.getByRole('button', { name: 'Create negotiation' }).click();
  await admin.getByRole('link', { name: 'Open its roster' }).click();
  await expect(admin.getByTestId('negotiation-title')).toHaveText(title);
  const negotiationId = new URL(admin.url()).pathname.split('/').pop()!;

  await admin.getByLabel('Status', { exact: true }).selectOption('open');
  await admin.getByRole('button', { name: `Save the status of ${title}` }).click();
  await expect(admin.getByText('Saved.')).toBeVisible();

  const addForm = formWithButton(admin, 'Add to the roster');
  await addForm.getByLabel('E-mail address', { exact: true }).fill('chair@zerodraft.test');
  await addForm.getByLabel('Role', { exact: true }).selectOption('facilitator');
  await addForm.getByRole('button', { name: 'Add to the roster' }).click();
  await expect(admin.locator('[data-testid="roster-member"][data-email="chair@zerodraft.test"]')).toContainText('Facilitator');

  const tokyo = { email: `tokyo-${stamp}@example.org`, name: 'Haruki Tanaka', delegation: 'JPN' };
  const abuja = { email: `abuja-${stamp}@example.org`, name: 'Ngozi Eze', delegation: 'NGA' };
  const tokyoLink = await invite(admin, tokyo);
  const abujaLink = await invite(admin, abuja);
  expect(abujaLink).not.toBe(tokyoLink);

  const japan = await accept(browser, tokyoLink, tokyo.email, title);
  const nigeria = await accept(browser, abujaLink, abuja.email, title);

  // A link works once.
  const reused = await (await browser.newContext()).newPage();
  await reused.goto(tokyoLink);
  await expect(reused.getByRole('alert').filter({ hasText: 'already been used' })).toBeVisible();

  // The facilitator the administrator put on the roster starts a draft there.
  const chair = await openAs(browser, 'chair');
  const draftTitle = `Victim support, zero draft ${stamp}`;
  const created = await chair.request.post('/api/drafts', { data: { title: draftTitle, negotiationId } });
  expect(created.status(), await created.text()).toBe(201);
  const draftId = ((await created.json()) as { id: string }).id;
  await chair.goto(`/negotiations/${negotiationId}/manage`);
  await expect(chair.locator(`[data-testid="roster-member"][data-email="${tokyo.email}"]`)).toContainText('Delegate');
  await expect(chair.locator(`[data-testid="roster-member"][data-email="${abuja.email}"]`)).toContainText('Delegate');

  for (const invited of [japan, nigeria]) {
    await invited.goto('/');
    await expect(invited.getByRole('link', { name: draftTitle }).first()).toBeVisible();
  }
  await openDraft(japan, draftId);
  await openDraft(nigeria, draftId);
  await typeParagraphs(japan, ['Calls upon States parties to ensure access to remedies for victims;']);
  await expect(editorOf(nigeria, 0)).toHaveText('Calls upon States parties to ensure access to remedies for victims;');

  // A delegate does not run the roster.
  expect((await japan.goto(`/negotiations/${negotiationId}/manage`))?.status()).toBe(404);

  // A third delegation is not on the roster: the negotiation and its draft do not exist for it.
  const usa = await openAs(browser, 'usa');
  await usa.goto('/');
  await expect(usa.getByTestId('whoami')).toBeVisible();
  await expect(usa.getByRole('link', { name: draftTitle })).toHaveCount(0);
  await expect(usa.getByText(title)).toHaveCount(0);
  expect((await usa.goto(`/drafts/${draftId}`))?.status()).toBe(404);
  expect((await usa.goto(`/negotiations/${negotiationId}/manage`))?.status()).toBe(404);
  expect((await usa.goto('/admin/negotiations'))?.status()).toBe(404);
  expect((await usa.request.post('/api/admin/negotiations', { data: { title: 'Mine' } })).status()).toBe(403);
  expect(
    (
      await usa.request.post(`/api/negotiations/${negotiationId}/members`, { data: { email: 'usa@zerodraft.test', role: 'delegate' } })
    ).status(),
  ).toBe(404);
});

test('an administrator adds a person, whose invitation link is shown once, and sees them listed as invited', async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const email = `geneva-${stamp}@example.org`;
  const admin = await openAs(browser, 'admin');
  await admin.goto('/admin/people');
  const form = formWithButton(admin, 'Add and invite');
  await form.getByLabel('E-mail address', { exact: true }).fill(email);
  await form.getByLabel('Name', { exact: true }).fill('Lea Meier');
  await form.getByLabel('Delegation', { exact: true }).selectOption('SEC');
  await form.getByRole('button', { name: 'Add and invite' }).click();
  await expect(form.getByTestId('invitation-link')).toHaveValue(/\/invitations\/[A-Za-z0-9_-]{40,}$/);
  await expect(admin.locator(`[data-testid="admin-person"][data-email="${email}"]`)).toContainText('Invited, not set up yet');

  // The same address again is refused, with the reason announced.
  await form.getByLabel('E-mail address', { exact: true }).fill(email);
  await form.getByLabel('Name', { exact: true }).fill('Lea Meier');
  await form.getByLabel('Delegation', { exact: true }).selectOption('SEC');
  await form.getByRole('button', { name: 'Add and invite' }).click();
  await expect(form.getByRole('alert')).toContainText('already has an account');
});
