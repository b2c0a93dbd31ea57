import type { Page } from '@playwright/test';
import { createDraft, editorOf, openDraft, paragraphs } from './draft-room';
import { expect, openAs, test } from './fixtures';

/** Index of the room's paragraph row numbered `label` ("2." for OP 2). */
async function findRow(page: Page, label: string): Promise<number> {
  const labels = await paragraphs(page).getByTestId('paragraph-number').allInnerTexts();
  const index = labels.findIndex((text) => text.trim() === label);
  expect(index, `a paragraph numbered "${label}"`).toBeGreaterThanOrEqual(0);
  return index;
}

function screenParagraph(screen: Page, ref: string) {
  return screen.locator(`[data-testid="screen-paragraph"][data-ref="${ref}"]`);
}

test('the screen view follows the facilitator from paragraph to paragraph, shows edits live and offers no editing', async ({ browser }) => {
  test.setTimeout(180_000);
  const chair = await openAs(browser, 'chair');
  const eu = await openAs(browser, 'eu');
  const id = await createDraft(chair, 'On the wall', '5/2');
  await openDraft(chair, id);
  await openDraft(eu, id);
  await expect(chair.getByTestId('presence-entry')).toHaveCount(2);

  // The room links to the screen view, in a tab of its own.
  const link = chair.getByRole('link', { name: 'Screen view' });
  await expect(link).toHaveAttribute('href', `/drafts/${id}/screen`);
  await expect(link).toHaveAttribute('target', '_blank');

  // The projector: a browser signed in as the secretariat, showing no one is followed yet.
  const screen = await openAs(browser, 'secretariat');
  await screen.goto(`/drafts/${id}/screen`);
  await expect(screen.getByTestId('screen')).toHaveAttribute('data-ready', 'true');
  await expect(screen.getByTestId('screen-following')).toHaveText('Following Elena Rossi (Chair)');
  await expect(screenParagraph(screen, '2')).toHaveAttribute('data-current', 'false');

  // The facilitator goes into OP 2: the screen highlights it.
  const op2 = await findRow(chair, '2.');
  await editorOf(chair, op2).click();
  await expect(screenParagraph(screen, '2')).toHaveAttribute('data-current', 'true');
  await expect(screenParagraph(screen, '2')).toHaveAttribute('aria-current', 'location');
  await expect(screen.locator('[data-testid="screen-paragraph"][data-current="true"]')).toHaveCount(1);
  await expect(screenParagraph(screen, '2')).toBeInViewport();

  // Then into OP 3: the screen follows.
  const op3 = await findRow(chair, '3.');
  await editorOf(chair, op3).click();
  await expect(screenParagraph(screen, '3')).toHaveAttribute('data-current', 'true');
  await expect(screenParagraph(screen, '2')).toHaveAttribute('data-current', 'false');
  await expect(screenParagraph(screen, '3')).toBeInViewport();

  // An edit by the facilitator appears on the screen as it is typed.
  await chair.keyboard.press('Control+End');
  await chair.keyboard.type(' [on the wall]');
  await expect(screenParagraph(screen, '3')).toContainText('[on the wall]');
  await expect(screenParagraph(screen, '3').locator('.screen-bracket').filter({ hasText: '[on the wall]' })).toHaveCount(1);

  // Nothing on the screen can be edited, and it is nobody in the room's presence list.
  await expect(screen.getByTestId('screen').locator('[contenteditable="true"], input, textarea, select, button')).toHaveCount(0);
  await expect(chair.getByTestId('presence-entry')).toHaveCount(2);
  await expect(eu.getByTestId('presence-entry')).toHaveCount(2);

  // When the facilitator leaves the room, the screen says so; Esc goes back to the room.
  await chair.close();
  await expect(screen.getByTestId('screen-following')).toHaveText('The facilitator is not in the room');
  await screen.keyboard.press('Escape');
  await expect(screen).toHaveURL(new RegExp(`/drafts/${id}$`));
});
