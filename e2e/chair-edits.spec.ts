import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { clickWord, createDraft, editorOf, openDraft, paragraphs, proposalsOf, switchToNegotiation } from './draft-room';
import { expect, openAs, test } from './fixtures';

/** Index of the paragraph row whose text starts with `start`. */
async function findIndex(page: Page, start: string): Promise<number> {
  const texts = await paragraphs(page).locator('.ProseMirror').allInnerTexts();
  const index = texts.findIndex((text) => text.startsWith(start));
  expect(index, `a paragraph starting "${start}"`).toBeGreaterThanOrEqual(0);
  return index;
}

function readChanges(xml: string, tag: 'ins' | 'del'): { author: string; text: string }[] {
  const pattern = new RegExp(`<w:${tag} w:id="\\d+" w:author="([^"]*)"[^>]*?(?:/>|>(.*?)</w:${tag}>)`, 'g');
  return [...xml.matchAll(pattern)]
    .map((match) => ({
      author: match[1]!,
      text: [...(match[2] ?? '').matchAll(/<w:(?:t|delText)[^>]*>([^<]*)</g)].map((text) => text[1]).join(''),
    }))
    .filter((change) => change.text.trim() !== '');
}

test("the facilitator's own edits in negotiation are on the record: history, word attribution and Word's tracked changes say Chair", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const chair = await openAs(browser, 'chair');
  const eu = await openAs(browser, 'eu');
  const usa = await openAs(browser, 'usa');
  const id = await createDraft(chair, 'The chair’s hand', '5/2');
  await openDraft(chair, id);
  await switchToNegotiation(chair);
  for (const page of [eu, usa]) await openDraft(page, id);

  // The facilitator types in OP 2 directly.
  const op2 = await findIndex(chair, 'Recognizes that trafficking');
  await editorOf(chair, op2).click();
  // The end of the paragraph, not of the line the click landed on.
  await chair.keyboard.press('Control+End');
  await chair.keyboard.press('ArrowLeft');
  await chair.keyboard.type(' at every level');
  await expect(editorOf(eu, op2)).toContainText('policy responses at every level;');

  // A delegate's history of OP 2 has the Chair's entry, with the words.
  const history = paragraphs(eu).nth(op2).getByTestId('paragraph-history');
  await history.locator('summary').click();
  const chairEntry = history.getByTestId('history-entry').filter({ hasText: 'edited the paragraph directly' });
  await expect(async () => {
    // The edit is recorded once the typing pauses; reopening reads the history again.
    if ((await chairEntry.count()) === 0) {
      await history.locator('summary').click();
      await history.locator('summary').click();
    }
    await expect(chairEntry).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(chairEntry).toContainText('Chair');
  await expect(chairEntry).toContainText('inserted “at every level”');

  // Clicking one of those words tells the delegate who put it there.
  await clickWord(eu, op2, 'every');
  const attribution = paragraphs(eu).nth(op2).getByTestId('attribution');
  await expect(attribution).toContainText('Introduced by the Chair');
  await clickWord(eu, op2, 'trafficking');
  await expect(attribution).toHaveText('In the base text');

  // The United States' alternative replaces OP 3.
  const op3 = await findIndex(chair, 'Welcomes General Assembly resolution 64/293');
  await usa.getByRole('button', { name: 'Propose an alternative to 3.' }).click();
  await usa.getByLabel('Proposed wording').fill('Takes note of the Global Plan of Action with appreciation;');
  await usa.getByRole('button', { name: 'Submit proposal' }).click();
  await proposalsOf(chair, 'USA')
    .getByRole('button', { name: /^Accept/ })
    .click();
  await expect(editorOf(eu, op3)).toHaveText('Takes note of the Global Plan of Action with appreciation;');

  await chair.goto(`/drafts/${id}/revisions`);
  await chair.getByRole('button', { name: 'Issue revision' }).click();
  await expect(chair.getByTestId('revision-row')).toHaveCount(1);
  const href = await chair.getByTestId('revision-row').first().getByRole('link', { name: 'tracked changes .docx' }).getAttribute('href');
  const revisionId = href!.split('/api/revisions/')[1]!.split('/')[0]!;

  // Every word of the revision can be traced, by a delegate, with the keyboard.
  await eu.goto(`/drafts/${id}/revisions/${revisionId}`);
  const traceOf = (ref: string) => eu.getByTestId('revision-trace').filter({ has: eu.getByText(`Who wrote ${ref}`, { exact: true }) });
  await traceOf('2').locator('summary').click();
  await traceOf('2').getByTestId('trace-run').filter({ hasText: 'every level' }).focus();
  await eu.keyboard.press('Enter');
  await expect(traceOf('2').getByTestId('trace-note')).toContainText("Introduced by the Chair's direct edit");
  await traceOf('2').getByTestId('trace-run').filter({ hasText: 'trafficking in persons' }).click();
  await expect(traceOf('2').getByTestId('trace-note')).toContainText('In the base text');
  await traceOf('3').locator('summary').click();
  await traceOf('3').getByTestId('trace-run').filter({ hasText: 'Takes note' }).click();
  await expect(traceOf('3').getByTestId('trace-note')).toContainText("Introduced by United States's proposal, accepted by the facilitator");

  const tracked = await chair.request.get(href!);
  expect(tracked.status(), await tracked.text()).toBe(200);
  const xml = await (await JSZip.loadAsync(await tracked.body())).file('word/document.xml')!.async('string');
  const inserted = readChanges(xml, 'ins');
  const deleted = readChanges(xml, 'del');
  expect(inserted.find((change) => change.text.includes('every level'))?.author).toBe('Chair');
  expect(inserted.find((change) => change.text.includes('Takes note'))?.author).toBe('United States');
  // The removed original of OP 3 belongs to the proposal that replaced it.
  expect(deleted.find((change) => change.text.includes('promote increased ratification'))?.author).toBe('United States');
  expect(deleted.find((change) => change.text.includes('Voluntary Trust Fund'))?.author).toBe('United States');
});
