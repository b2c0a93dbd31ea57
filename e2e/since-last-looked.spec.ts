import { createDraft, editorOf, openDraft, proposalsOf, proposeAmendment, switchToNegotiation } from './draft-room';
import { expect, openAs, test } from './fixtures';

// scripts/test-e2e.mjs sets ZERO_DRAFT_VISIT_SITTING_MINUTES=0: every return to the draft starts a new sitting.
test('Mexico comes back to a draft and sees what changed since it last looked, credited to the EU', async ({ browser }) => {
  const chair = await openAs(browser, 'chair');
  // Made from a corpus text, the draft's rows are complete before anyone looks at it.
  const id = await createDraft(chair, 'Since I last looked', '10/3');
  await openDraft(chair, id);
  await switchToNegotiation(chair);

  const mexico = await openAs(browser, 'mexico');
  await openDraft(mexico, id);
  await expect(mexico.getByTestId('since-last-looked')).toHaveCount(0);
  await mexico.goto('/');

  const eu = await openAs(browser, 'eu');
  await openDraft(eu, id);
  const before = (await editorOf(eu, 0).textContent()) ?? '';
  const after = `${before.replace(/[.,;]$/, '')} in all its aspects,`;
  await proposeAmendment(eu, 'PP1', after);
  await proposalsOf(chair, 'EU')
    .getByRole('button', { name: /^Accept/ })
    .click();
  await expect(editorOf(chair, 0)).toHaveText(after);

  await openDraft(mexico, id);
  const link = mexico.getByTestId('since-last-looked');
  await expect(link).toHaveText(/^Since I last looked \(\d\d:\d\d\)$/);
  await link.click();
  await expect(mexico.getByRole('heading', { name: 'Since I last looked' })).toBeVisible();
  const changed = mexico.locator('[data-testid="pair"][data-from="PP1"][data-to="PP1"]');
  await expect(changed).toHaveAttribute('data-status', 'changed');
  await expect(changed.locator('ins.diff')).toContainText('in all its aspects');
  await expect(changed.locator('.attribution')).toHaveText('EU');
  await expect(mexico.locator('[data-testid="pair"][data-status="changed"]')).toHaveCount(1);
});
