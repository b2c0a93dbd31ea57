import type { Page } from '@playwright/test';
import { chooseParagraphKind, createDraft, editorOf, openDraft, paragraphs } from './draft-room';
import { expect, openAs, test } from './fixtures';

const typed = 'discourage the demand that fosters';
const citation = 'COP res. 10/3, OP 11 (2020)';
const sourceStart = 'Encourages States to strengthen national laws';

function panelOf(page: Page) {
  return page.getByTestId('precedent-panel');
}

/** The 10/3 paragraph that discourages demand, as the panel lists it. */
function precedentFrom103(page: Page) {
  return panelOf(page).locator('[data-testid="precedent-hit"][data-document-id="cop-res-10-3"][data-ref="11"]');
}

/** A new operative paragraph with the words typed into it, the way a delegate starts one. */
async function writeOperativeParagraph(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Add paragraph at the end' }).click();
  await expect(editorOf(page, 0)).toBeFocused();
  await chooseParagraphKind(page, 'PP1', 'operative');
  await editorOf(page, 0).click();
  await page.keyboard.type(text);
  await expect(editorOf(page, 0)).toHaveText(text);
}

async function readLatencies(page: Page): Promise<{ pauseToVisible: number[]; typedToVisible: number[] }> {
  return page.evaluate(() => ({
    pauseToVisible: performance.getEntriesByName('precedent:pause-to-visible').map((entry) => Math.round(entry.duration)),
    typedToVisible: performance.getEntriesByName('precedent:typed-to-visible').map((entry) => Math.round(entry.duration)),
  }));
}

test.describe('precedent language', () => {
  test('precedents follow the paragraph being written; one inserted is cited live for everyone and shows its drift once edited', async ({
    browser,
  }) => {
    const colombia = await openAs(browser, 'colombia');
    const eu = await openAs(browser, 'eu');
    const id = await createDraft(colombia, 'Precedents while writing');
    await openDraft(colombia, id);
    await openDraft(eu, id);

    await writeOperativeParagraph(colombia, typed);
    const panel = panelOf(colombia);
    await expect(panel.getByTestId('precedent-count')).toHaveText(/\d+ precedents? for OP 1/);
    await expect(precedentFrom103(colombia)).toBeVisible();
    await expect(precedentFrom103(colombia).locator('mark').first()).toBeVisible();
    const hits = await panel.getByTestId('precedent-hit').count();
    expect(hits).toBeGreaterThanOrEqual(5);
    expect(hits).toBeLessThanOrEqual(8);
    // Two more pauses while writing on, so the log shows warm requests as well as the first one.
    for (const words of [' exploitation', ' of persons']) {
      const before = (await readLatencies(colombia)).pauseToVisible.length;
      await colombia.keyboard.type(words);
      await expect.poll(async () => (await readLatencies(colombia)).pauseToVisible.length).toBeGreaterThan(before);
    }
    console.log('precedent latency (ms)', JSON.stringify(await readLatencies(colombia)));

    await precedentFrom103(colombia).getByRole('button', { name: 'Insert as new paragraph' }).click();
    await expect(paragraphs(colombia)).toHaveCount(2);
    const inserted = paragraphs(colombia).nth(1);
    await expect(inserted).toHaveAttribute('data-kind', 'operative');
    await expect(inserted.locator('.ProseMirror')).toContainText(sourceStart);
    await expect(inserted.getByTestId('citation-chip')).toContainText(citation);
    await expect(inserted.getByTestId('citation-chip').getByRole('link')).toHaveAttribute('href', '/corpus/cop-res-10-3#11');
    await expect(inserted.getByTestId('citation-drift')).toHaveCount(0);

    const seenByEu = paragraphs(eu).nth(1);
    await expect(seenByEu.locator('.ProseMirror')).toContainText(sourceStart);
    await expect(seenByEu.getByTestId('citation-chip')).toContainText(citation);

    // The inserted paragraph has focus with the caret at its end: editing it is typing on.
    await expect(inserted.locator('.ProseMirror')).toBeFocused();
    await colombia.keyboard.type(' and calls for stronger cooperation');
    await expect(inserted.getByTestId('citation-drift')).toHaveText(/edited · \d{1,2} % of source/);
    await expect(seenByEu.getByTestId('citation-drift')).toHaveText(/edited · \d{1,2} % of source/);
  });

  test('the agreed-language check on a paragraph inserted verbatim from 10/3 is high and names 10/3', async ({ browser }) => {
    const colombia = await openAs(browser, 'colombia');
    const id = await createDraft(colombia, 'Agreed language check');
    await openDraft(colombia, id);
    await writeOperativeParagraph(colombia, typed);
    await precedentFrom103(colombia).getByRole('button', { name: 'Insert as new paragraph' }).click();
    await expect(paragraphs(colombia)).toHaveCount(2);

    await colombia.getByRole('button', { name: 'Check agreed language in OP 2' }).click();
    const report = paragraphs(colombia).nth(1).getByTestId('agreed-language-report');
    await expect(report).toContainText(/^(Mostly|Fully) agreed — [\d>\s]+ % of OP 2 is agreed language: .*COP res\. 10\/3/);
    expect(Number(await report.getAttribute('data-coverage'))).toBeGreaterThanOrEqual(90);
    await expect(report).toHaveAttribute('data-band', /^(mostly|full)$/);
    await expect(report.locator('mark').first()).toBeVisible();

    await panelOf(colombia).getByRole('button', { name: 'Check the whole draft' }).click();
    await expect(panelOf(colombia).getByTestId('draft-check')).toContainText(/of the draft is agreed language/);
    await expect(panelOf(colombia).getByTestId('draft-check')).toContainText(/OP 2 is agreed language: .*COP res\. 10\/3/);
    // Five typed words are no agreed language: said in words, and not in the colour of agreement.
    await expect(panelOf(colombia).getByTestId('draft-check')).toContainText('Not agreed — 0 % of OP 1 is agreed language.');
    await expect(panelOf(colombia).locator('summary[data-band="none"]')).toHaveCount(1);
    // The insertion is one step of the draft's undo stack.
    await colombia.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(paragraphs(colombia)).toHaveCount(1);
    await expect(editorOf(colombia, 0)).toHaveText(typed);
  });

  test('selected words of a precedent go in at the caret, and a paragraph can be replaced by a precedent', async ({ browser }) => {
    const colombia = await openAs(browser, 'colombia');
    const id = await createDraft(colombia, 'Words from precedents');
    await openDraft(colombia, id);
    await writeOperativeParagraph(colombia, 'Urges States parties to');
    await colombia.keyboard.type(' ' + typed);
    await expect(precedentFrom103(colombia)).toBeVisible();

    // Put the caret back after "Urges States parties to", then pick words in the panel.
    await colombia.keyboard.press('End');
    for (let index = 0; index < typed.length + 1; index++) await colombia.keyboard.press('ArrowLeft');
    const text = precedentFrom103(colombia).locator('[data-precedent-text]');
    await text.evaluate((element, words) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      const full = nodes.map((node) => node.data).join('');
      const start = full.indexOf(words);
      const locate = (offset: number): [Text, number] => {
        let rest = offset;
        for (const node of nodes) {
          if (rest <= node.data.length) return [node, rest];
          rest -= node.data.length;
        }
        throw new Error('offset outside the text');
      };
      const range = document.createRange();
      range.setStart(...locate(start));
      range.setEnd(...locate(start + words.length));
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    }, 'strengthen national laws');
    const insertWords = precedentFrom103(colombia).getByRole('button', { name: 'Insert selected words' });
    await expect(insertWords).toBeEnabled();
    await insertWords.click();
    await expect(editorOf(colombia, 0)).toHaveText(`Urges States parties to strengthen national laws ${typed}`);
    await expect(paragraphs(colombia).first().getByTestId('citation-chip')).toHaveCount(0);

    await precedentFrom103(colombia).getByRole('button', { name: 'Replace this paragraph' }).click();
    await expect(paragraphs(colombia)).toHaveCount(1);
    await expect(editorOf(colombia, 0)).toContainText(sourceStart);
    await expect(paragraphs(colombia).first()).toHaveAttribute('data-kind', 'operative');
    await expect(paragraphs(colombia).first().getByTestId('citation-chip')).toContainText(citation);
    // Italic opening words, as the UN sets them.
    await expect(editorOf(colombia, 0).locator('em').first()).toHaveText('Encourages');
  });

  test('an observer sees precedents but no buttons to use them', async ({ browser }) => {
    const colombia = await openAs(browser, 'colombia');
    const observer = await openAs(browser, 'observer');
    const id = await createDraft(colombia, 'Observed precedents');
    await openDraft(colombia, id);
    await writeOperativeParagraph(colombia, typed);

    await openDraft(observer, id);
    await expect(editorOf(observer, 0)).toHaveText(typed);
    await editorOf(observer, 0).click();
    await expect(precedentFrom103(observer)).toBeVisible();
    await expect(panelOf(observer).getByTestId('precedent-hit').first()).toBeVisible();
    await expect(panelOf(observer).getByRole('button', { name: 'Insert as new paragraph' })).toHaveCount(0);
    await expect(panelOf(observer).getByRole('button', { name: 'Replace this paragraph' })).toHaveCount(0);
    await expect(panelOf(observer).getByRole('button', { name: 'Insert selected words' })).toHaveCount(0);
  });

  test('language a draft shares word for word with the resolution it became is one precedent, citing the resolution', async ({
    browser,
  }) => {
    const colombia = await openAs(browser, 'colombia');
    const id = await createDraft(colombia, 'One precedent per piece of language');
    await openDraft(colombia, id);
    await writeOperativeParagraph(colombia, 'Invites States to strengthen multidisciplinary cooperation and coordination');
    await panelOf(colombia).getByLabel('Search in').selectOption('all');
    const resolution = panelOf(colombia).locator('[data-testid="precedent-hit"][data-document-id="cop-res-11-5"][data-ref="12"]');
    await expect(resolution.getByTestId('also-in')).toHaveText('also in Rev. draft res. (2022), OP 11');
    const draft = panelOf(colombia).locator(
      '[data-testid="precedent-hit"][data-document-id="cop11-colombia-revised-draft-2022"][data-ref="11"]',
    );
    await expect(draft).toHaveCount(0);
  });
});
