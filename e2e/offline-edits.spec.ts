import type { Page } from '@playwright/test';
import { chooseParagraphKind, createDraft, editorOf, openDraft, paragraphs, runParagraphAction, typeParagraphs } from './draft-room';
import { accounts, expect, openAs, test } from './fixtures';
import { readStoredText, storedDraftCopies } from './offline-store';

async function post(page: Page, path: string, data: Record<string, unknown>): Promise<Record<string, string>> {
  const response = await page.request.post(path, { data });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
  return (await response.json()) as Record<string, string>;
}

test.describe('offline edits kept in the browser', () => {
  test('edits typed offline in a tab closed before reconnecting are sent on the next visit', async ({ browser }) => {
    const colombia = await openAs(browser, 'colombia');
    const eu = await openAs(browser, 'eu');
    const id = await createDraft(colombia, 'Offline, tab closed');
    await openDraft(colombia, id);
    await openDraft(eu, id);
    await typeParagraphs(colombia, ['Before the outage.']);
    await expect(editorOf(eu, 0)).toHaveText('Before the outage.');

    const context = colombia.context();
    await context.setOffline(true);
    await expect(colombia.getByTestId('connection-status')).toHaveText(
      'You are offline — your edits are kept in this browser and will be sent when the connection returns',
    );
    await editorOf(colombia, 0).click();
    await colombia.keyboard.press('End');
    await colombia.keyboard.type(' Typed offline, then the tab closed.');
    await expect(editorOf(colombia, 0)).toHaveText('Before the outage. Typed offline, then the tab closed.');
    // What the banner promises: the words are in the browser's storage before the tab goes.
    await expect.poll(() => readStoredText(colombia)).toContain('Before the outage. Typed offline, then the tab closed.');
    await colombia.close();
    await expect(editorOf(eu, 0)).toHaveText('Before the outage.');

    await context.setOffline(false);
    const again = await context.newPage();
    await openDraft(again, id);
    await expect(editorOf(again, 0)).toHaveText('Before the outage. Typed offline, then the tab closed.');
    await expect(editorOf(eu, 0)).toHaveText('Before the outage. Typed offline, then the tab closed.');
    // And the server has it: a fresh visit from another browser sees it.
    await eu.reload();
    await expect(eu.getByTestId('draft-room')).toHaveAttribute('data-ready', 'true');
    await expect(editorOf(eu, 0)).toHaveText('Before the outage. Typed offline, then the tab closed.');
  });

  test('an observer keeps nothing in the browser', async ({ browser }) => {
    const colombia = await openAs(browser, 'colombia');
    const observer = await openAs(browser, 'observer');
    const id = await createDraft(colombia, 'Read only, stored nowhere');
    await openDraft(colombia, id);
    await typeParagraphs(colombia, ['Confidential words.']);
    await openDraft(observer, id);
    await expect(editorOf(observer, 0)).toHaveText('Confidential words.');
    expect(await storedDraftCopies(observer)).toEqual([]);
  });

  test('signing out deletes every Zero Draft store in the browser', async ({ browser }) => {
    const colombia = await openAs(browser, 'colombia');
    const first = await createDraft(colombia, 'Stored, then signed out (1)');
    const second = await createDraft(colombia, 'Stored, then signed out (2)');
    await openDraft(colombia, first);
    await typeParagraphs(colombia, ['Confidential words.']);
    await openDraft(colombia, second);
    await expect.poll(() => storedDraftCopies(colombia)).toHaveLength(2);

    await colombia.getByRole('button', { name: 'Sign out' }).click();
    await expect(colombia).toHaveURL(/\/signin/);
    expect(await storedDraftCopies(colombia)).toEqual([]);
  });

  test("removed from the roster while in the draft: that draft's store is deleted", async ({ browser }) => {
    const admin = await openAs(browser, 'admin');
    const { id: negotiationId } = await post(admin, '/api/admin/negotiations', { title: `Store on removal ${Date.now()}`, status: 'open' });
    await post(admin, `/api/negotiations/${negotiationId}/members`, { email: accounts.chair, role: 'facilitator' });
    const { userId: mexicoId } = await post(admin, `/api/negotiations/${negotiationId}/members`, {
      email: accounts.mexico,
      role: 'delegate',
    });
    const chair = await openAs(browser, 'chair');
    const { id: draftId } = await post(chair, '/api/drafts', { title: 'Store on removal', negotiationId });
    const mexico = await openAs(browser, 'mexico');
    await openDraft(mexico, draftId);
    await typeParagraphs(mexico, ['Words Mexico typed.']);
    await expect.poll(() => readStoredText(mexico)).toContain('Words Mexico typed.');

    const removed = await chair.request.delete(`/api/negotiations/${negotiationId}/members/${mexicoId}`);
    expect(removed.status(), await removed.text()).toBeLessThan(300);
    await expect(mexico.getByRole('alert').filter({ hasText: "removed from this negotiation's roster" })).toBeVisible({ timeout: 30_000 });
    // Gone while the notice is still on screen, before the page is asked for again.
    await expect.poll(() => storedDraftCopies(mexico).catch(() => ['page reloading'])).toEqual([]);
    await expect(mexico.getByRole('heading', { name: 'Draft not found' })).toBeVisible({ timeout: 30_000 });
    expect(await storedDraftCopies(mexico)).toEqual([]);
  });
});

test('a deleted paragraph comes back with its words, kind and place on Undo; the other delegation is told who deleted it', async ({
  browser,
}) => {
  const colombia = await openAs(browser, 'colombia');
  const eu = await openAs(browser, 'eu');
  const id = await createDraft(colombia, 'Deleting and undoing');
  await openDraft(colombia, id);
  await openDraft(eu, id);
  await typeParagraphs(colombia, ['Recalling its earlier resolutions,', 'Decides to remain seized of the matter.', 'Requests a report.']);
  await chooseParagraphKind(colombia, 'PP2', 'operative');
  await expect(paragraphs(eu).getByTestId('paragraph-number')).toHaveText(['PP1', '1.', 'PP2']);

  await runParagraphAction(colombia, 'Delete paragraph 1.');
  await expect(paragraphs(eu)).toHaveCount(2);
  await expect(eu.getByTestId('deletion-notice')).toHaveText(/^Colombia deleted 1\. \(“Decides to remain seized of the matter\.”\)/);

  await colombia.getByRole('button', { name: 'Undo', exact: true }).click();
  for (const page of [colombia, eu]) {
    await expect(paragraphs(page).getByTestId('paragraph-number')).toHaveText(['PP1', '1.', 'PP2']);
    await expect(editorOf(page, 1)).toHaveText('Decides to remain seized of the matter.');
  }
  await eu.reload();
  await expect(eu.getByTestId('draft-room')).toHaveAttribute('data-ready', 'true');
  await expect(editorOf(eu, 1)).toHaveText('Decides to remain seized of the matter.');
  await expect(paragraphs(eu).getByTestId('paragraph-number')).toHaveText(['PP1', '1.', 'PP2']);
});
