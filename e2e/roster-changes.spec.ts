import type { Page } from '@playwright/test';
import { openDraft } from './draft-room';
import { accounts, expect, openAs, test } from './fixtures';

async function post(page: Page, path: string, data: Record<string, unknown>): Promise<Record<string, string>> {
  const response = await page.request.post(path, { data });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
  return (await response.json()) as Record<string, string>;
}

test('a roster change reaches open drafts at once: the removed delegate loses the draft, the re-roled one reads only', async ({
  browser,
}) => {
  const admin = await openAs(browser, 'admin');
  const { id: negotiationId } = await post(admin, '/api/admin/negotiations', {
    title: `Roster changes ${Date.now()}`,
    status: 'open',
  });
  await post(admin, `/api/negotiations/${negotiationId}/members`, { email: accounts.chair, role: 'facilitator' });
  const { userId: mexicoId } = await post(admin, `/api/negotiations/${negotiationId}/members`, {
    email: accounts.mexico,
    role: 'delegate',
  });
  const { userId: usaId } = await post(admin, `/api/negotiations/${negotiationId}/members`, { email: accounts.usa, role: 'delegate' });

  const chair = await openAs(browser, 'chair');
  const { id: draftId } = await post(chair, '/api/drafts', { title: 'Roster changes draft', negotiationId });
  const mexico = await openAs(browser, 'mexico');
  const usa = await openAs(browser, 'usa');
  await openDraft(mexico, draftId);
  await openDraft(usa, draftId);
  await expect(usa.getByRole('button', { name: 'Add paragraph at the end' })).toBeEnabled();

  const removed = await chair.request.delete(`/api/negotiations/${negotiationId}/members/${mexicoId}`);
  expect(removed.status(), await removed.text()).toBeLessThan(300);
  // The open connection is closed with the reason, then the page is asked for again and no longer exists for Mexico.
  await expect(mexico.getByRole('alert').filter({ hasText: "removed from this negotiation's roster" })).toBeVisible({ timeout: 30_000 });
  await expect(mexico.getByRole('heading', { name: 'Draft not found' })).toBeVisible({ timeout: 30_000 });

  const demoted = await chair.request.patch(`/api/negotiations/${negotiationId}/members/${usaId}`, { data: { role: 'observer' } });
  expect(demoted.status(), await demoted.text()).toBeLessThan(300);
  await expect(usa.getByRole('alert').filter({ hasText: 'Your role in this negotiation changed' })).toBeVisible({ timeout: 30_000 });
  // Reopened with the new role: the text is there, the controls to change it are not.
  await expect(usa.getByTestId('draft-room')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(usa.getByRole('button', { name: 'Add paragraph at the end' })).toHaveCount(0);

  for (const page of [admin, chair, mexico, usa]) await page.context().close();
});
