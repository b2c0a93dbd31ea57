import type { Page } from '@playwright/test';
import { openDraft, proposalsOf, proposeAmendment, startNegotiation } from './draft-room';
import { expect, openAs, test } from './fixtures';

/** Starts from an empty feed, whatever other tests told this person before. */
async function markAllRead(page: Page): Promise<void> {
  const response = await page.request.post('/api/notifications/read', { data: { all: true } });
  expect(response.ok(), await response.text()).toBe(true);
}

function bell(page: Page) {
  return page.getByTestId('notification-bell');
}

test.describe('notifications', () => {
  test('a follower hears of a proposal live, a non-follower does not, and the proposer hears of the decision', async ({ browser }) => {
    const chair = await openAs(browser, 'chair');
    const mexico = await openAs(browser, 'mexico');
    const eu = await openAs(browser, 'eu');
    const usa = await openAs(browser, 'usa');
    for (const page of [mexico, eu, usa]) await markAllRead(page);
    const title = `Notified paragraph ${Date.now()}`;
    const id = await startNegotiation(chair, title, ['Welcomes the report of the Commission.']);

    // The European Union allowed browser notifications: each shown one is recorded here.
    await eu.addInitScript(() => {
      const shown: string[] = [];
      (window as unknown as { shownNotifications: string[] }).shownNotifications = shown;
      class RecordedNotification {
        static permission = 'granted';
        static requestPermission = async () => 'granted';
        onclick: (() => void) | null = null;
        constructor(title: string) {
          shown.push(title);
        }
      }
      (window as unknown as { Notification: unknown }).Notification = RecordedNotification;
    });
    for (const page of [mexico, eu, usa]) await openDraft(page, id);
    await expect(bell(mexico)).toHaveAccessibleName('Notifications');
    // The chair decides on proposals and follows nothing.
    await expect(chair.getByRole('button', { name: 'Follow paragraph PP1' })).toHaveCount(0);
    await mexico.getByRole('button', { name: 'Follow paragraph PP1' }).click();
    await expect(mexico.getByRole('button', { name: 'Following paragraph PP1' })).toHaveAttribute('aria-pressed', 'true');

    await proposeAmendment(eu, 'PP1', 'Warmly welcomes the report of the Commission.');

    // Mexico's bell counts it without a reload; the United States follows nothing and hears nothing.
    await expect(bell(mexico)).toHaveAccessibleName('Notifications, 1 unread', { timeout: 15_000 });
    await expect(mexico.getByTestId('notification-count')).toHaveText('1');
    await bell(mexico).click();
    await expect(mexico).toHaveURL(/\/notifications$/);
    // Newest first: Mexico may have heard of other drafts' PP1 in earlier tests.
    const entry = mexico.getByTestId('notification').filter({ hasText: 'EU proposed an amendment to paragraph PP1' }).first();
    await expect(entry).toHaveAttribute('data-read', 'false');
    await expect(entry.getByTestId('notification-delegation')).toContainText('European Union');
    const link = entry.getByRole('link', { name: 'EU proposed an amendment to paragraph PP1' });
    const paragraphId = await chair.getByTestId('draft-paragraph').first().getAttribute('data-paragraph-id');
    await expect(link).toHaveAttribute('href', `/drafts/${id}#paragraph-${paragraphId}`);
    await link.click();
    await expect(mexico.getByTestId('draft-room')).toHaveAttribute('data-ready', 'true');
    await expect(mexico.locator(`[id="paragraph-${paragraphId}"]`)).toBeVisible();
    await expect(bell(mexico)).toHaveAccessibleName('Notifications');

    await usa.goto('/notifications');
    await expect(usa.getByTestId('notification-unread')).toBeVisible();
    await expect(usa.getByTestId('notification').filter({ hasText: 'EU proposed' })).toHaveCount(0);
    await expect(bell(usa)).toHaveAccessibleName('Notifications');

    // The facilitator accepts; the European Union hears it was accepted.
    await proposalsOf(chair, 'EU')
      .getByRole('button', { name: /^Accept/ })
      .click();
    await expect(bell(eu)).toHaveAccessibleName('Notifications, 1 unread', { timeout: 15_000 });
    // It arrived while the draft was open: shown once as a browser notification.
    await expect
      .poll(() => eu.evaluate(() => (window as unknown as { shownNotifications: string[] }).shownNotifications))
      .toEqual(['Your proposal on paragraph PP1 was accepted']);
    await eu.goto('/notifications');
    await expect(eu.getByTestId('notification').filter({ hasText: 'Your proposal on paragraph PP1 was accepted' }).first()).toBeVisible();
    await eu.getByRole('button', { name: 'Mark all read' }).click();
    await expect(eu.getByTestId('notification-unread')).toHaveText('Nothing unread.');
    await expect(bell(eu)).toHaveAccessibleName('Notifications');
    // Proposing made the European Union follow the paragraph.
    await openDraft(eu, id);
    await expect(eu.getByRole('button', { name: 'Following paragraph PP1' })).toBeVisible();
  });
});
