import type { Page } from '@playwright/test';
import { createDraft, openDraft, paragraphs, typeParagraphs } from './draft-room';
import { expect, openAs, test } from './fixtures';

function commentsOn(page: Page, index: number) {
  return paragraphs(page).nth(index).getByTestId('paragraph-comments');
}

async function openComments(page: Page, index: number) {
  const box = commentsOn(page, index);
  await box.locator('summary').click();
  await expect(box).toHaveAttribute('open', '');
  return box;
}

interface ListedThread {
  id: string;
  internal: boolean;
  comments: { body: string }[];
}

async function listThreads(page: Page, draftId: string): Promise<ListedThread[]> {
  const response = await page.request.get(`/api/drafts/${draftId}/comments`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { threads: ListedThread[] }).threads;
}

test('a comment thread: the EU writes, Mexico sees it live and replies, the EU resolves; an internal EU comment never reaches Mexico', async ({
  browser,
}) => {
  const chair = await openAs(browser, 'chair');
  const id = await createDraft(chair, 'Talking it over');
  await openDraft(chair, id);
  await typeParagraphs(chair, ['Welcomes the report of the Commission.', 'Decides to remain seized of the matter.']);

  const eu = await openAs(browser, 'eu');
  const mexico = await openAs(browser, 'mexico');
  const observer = await openAs(browser, 'observer');
  for (const page of [eu, mexico, observer]) await openDraft(page, id);

  // Anna (EU) writes a reservation on the first paragraph.
  const euFirst = await openComments(eu, 0);
  await euFirst.getByRole('button', { name: /Write a comment/ }).click();
  await euFirst.getByLabel(/^Comment on/).fill('Reservation pending instructions from capital. @MEX');
  await euFirst.getByRole('button', { name: 'Post comment' }).click();
  const euThread = euFirst.getByTestId('comment-thread');
  await expect(euThread).toContainText('EU: Reservation pending instructions from capital.');
  await expect(euThread).toContainText('Anna Schmidt for European Union');
  await expect(euThread).toHaveAttribute('data-state', 'open');

  // Mexico sees it without reloading, and replies; it may not resolve the EU's thread.
  await expect(commentsOn(mexico, 0).locator('summary')).toContainText('Comments (1)', { timeout: 20_000 });
  const mexicoFirst = await openComments(mexico, 0);
  const mexicoThread = mexicoFirst.getByTestId('comment-thread');
  await expect(mexicoThread).toContainText('EU: Reservation pending instructions from capital.');
  await expect(mexicoThread.getByRole('button', { name: /Resolve/ })).toHaveCount(0);
  await mexicoThread.getByLabel(/Reply to European Union/).fill('Could the EU say which words?');
  await mexicoThread.getByRole('button', { name: 'Reply' }).click();
  await expect(mexicoThread.getByTestId('comment')).toHaveCount(2);
  await expect(mexicoThread.getByTestId('comment').nth(1)).toContainText('MEX: Could the EU say which words?');

  // The EU sees the reply live and resolves the thread; it folds to one line for everyone.
  await expect(euThread.getByTestId('comment').nth(1)).toContainText('MEX: Could the EU say which words?', { timeout: 20_000 });
  await expect(eu.getByTestId('comment-announcements')).toContainText('New comment from Mexico');
  await euThread.getByRole('button', { name: /Resolve/ }).click();
  await expect(euThread).toHaveAttribute('data-state', 'resolved');
  await expect(mexicoThread).toHaveAttribute('data-state', 'resolved', { timeout: 20_000 });
  await expect(mexicoThread).toContainText('Resolved EU: Reservation pending instructions');

  // The observer reads it but has nothing to write with.
  const observerFirst = await openComments(observer, 0);
  await expect(observerFirst.getByTestId('comment-thread')).toHaveCount(1);
  await expect(observerFirst.getByRole('button', { name: /Write a comment/ })).toHaveCount(0);

  // An internal EU comment on the second paragraph: marked as such for the EU, invisible to Mexico.
  const euSecond = await openComments(eu, 1);
  await euSecond.getByRole('button', { name: /Write a comment/ }).click();
  await euSecond.getByLabel(/^Comment on/).fill('Hold this one until the capital answers.');
  await euSecond.getByLabel('Only my delegation can see this').check();
  await euSecond.getByRole('button', { name: 'Post comment' }).click();
  await expect(euSecond.getByTestId('comment-status')).toContainText('Posted, visible only to European Union.');
  await expect(euSecond.getByTestId('comment-thread')).toContainText('Internal to European Union');
  await expect(euSecond.getByTestId('comment-thread')).toHaveAttribute('data-internal', 'true');

  const internal = (await listThreads(eu, id)).find((thread) => thread.internal);
  expect(internal?.comments[0]?.body).toBe('Hold this one until the capital answers.');
  // Mexico's own list has the shared thread only; acting on the internal one by its id answers "not found".
  await expect.poll(async () => (await listThreads(mexico, id)).map((thread) => thread.internal)).toEqual([false]);
  for (const action of ['replies', 'resolve', 'reopen']) {
    const response = await mexico.request.post(`/api/comments/${internal!.id}/${action}`, { data: { body: 'Peeking' } });
    expect(response.status(), action).toBe(404);
  }
  await openComments(mexico, 1);
  await expect(commentsOn(mexico, 1).getByTestId('comment-thread')).toHaveCount(0);
  await expect(mexico.locator('body')).not.toContainText('capital answers');
});
