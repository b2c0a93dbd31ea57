import type { Page, WebSocketRoute } from '@playwright/test';
import { createDraft, editorOf, openDraft, paragraphs, runParagraphAction, typeParagraphs } from './draft-room';
import { expect, openAs, test } from './fixtures';

const offlineMessage = 'You are offline — your edits are kept in this browser and will be sent when the connection returns';

/** A mark on the window: it survives anything but a page reload. */
async function markWindow(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { zeroDraftMarker?: string }).zeroDraftMarker = 'not reloaded';
  });
}

async function readWindowMark(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (window as unknown as { zeroDraftMarker?: string }).zeroDraftMarker);
}

/** The facilitator writes two paragraphs; a delegate opens the draft beside them. */
async function openTwo(browser: Parameters<typeof openAs>[0], title: string) {
  const chair = await openAs(browser, 'chair');
  const colombia = await openAs(browser, 'colombia');
  const id = await createDraft(chair, title);
  await openDraft(chair, id);
  await typeParagraphs(chair, ['Recalling its resolution 9/1,', 'Urges States parties to act;']);
  await openDraft(colombia, id);
  await expect(editorOf(colombia, 1)).toHaveText('Urges States parties to act;');
  return { chair, colombia, id };
}

async function typeAtEnd(page: Page, index: number, text: string): Promise<void> {
  await editorOf(page, index).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

test.describe('a refusal concerns only what it refuses', () => {
  test('offline edits: a paragraph frozen meanwhile is refused and shown with why; the other paragraph reaches everyone; no reload', async ({
    browser,
  }) => {
    const { chair, colombia } = await openTwo(browser, 'Offline and frozen');
    await markWindow(colombia);

    await colombia.context().setOffline(true);
    await expect(colombia.getByTestId('connection-status')).toHaveText(offlineMessage);
    await typeAtEnd(colombia, 0, ' Offline in PP1.');
    await typeAtEnd(colombia, 1, ' Offline in PP2.');
    await runParagraphAction(chair, 'Freeze paragraph PP2');
    await expect(paragraphs(chair).nth(1).getByTestId('paragraph-frozen')).toBeVisible();

    await colombia.context().setOffline(false);
    await expect(editorOf(chair, 0)).toHaveText('Recalling its resolution 9/1, Offline in PP1.');
    const refused = colombia.getByTestId('refused-change');
    await expect(refused).toHaveCount(1);
    await expect(refused).toContainText('Your change to PP2 was not accepted');
    await expect(refused.getByTestId('refused-reason')).toHaveText('This paragraph is frozen.');
    await expect(refused.getByTestId('refused-text')).toHaveText('Urges States parties to act; Offline in PP2.');
    await expect(editorOf(colombia, 0)).toHaveText('Recalling its resolution 9/1, Offline in PP1.');
    await expect(editorOf(colombia, 1)).toHaveText('Urges States parties to act;');
    await expect(editorOf(chair, 1)).toHaveText('Urges States parties to act;');
    expect(await readWindowMark(colombia)).toBe('not reloaded');

    // The room carries on: typing after the refusal reaches the facilitator, and the notice can be dismissed.
    await expect(colombia.getByTestId('connection-status')).toHaveText('');
    await typeAtEnd(colombia, 0, ' Then live.');
    await expect(editorOf(chair, 0)).toHaveText('Recalling its resolution 9/1, Offline in PP1. Then live.');
    await refused.getByRole('button', { name: 'Dismiss' }).click();
    await expect(refused).toHaveCount(0);
    expect(await readWindowMark(colombia)).toBe('not reloaded');
  });

  test('a keystroke racing a freeze is refused, shown, and not lost silently', async ({ browser }) => {
    const chair = await openAs(browser, 'chair');
    const colombia = await openAs(browser, 'colombia');
    const id = await createDraft(chair, 'Racing a freeze');
    await openDraft(chair, id);
    await typeParagraphs(chair, ['Recalling its resolution 9/1,', 'Urges States parties to act;']);
    // What the server sends the delegate can be held back, so their keystroke leaves before they learn of the freeze.
    let holding = false;
    let refusalHeld = false;
    const held: Array<() => void> = [];
    await colombia.routeWebSocket(/\/draft-/, (socket: WebSocketRoute) => {
      const server = socket.connectToServer();
      server.onMessage((message) => {
        if (!holding) {
          socket.send(message);
          return;
        }
        // A refusal message starts with its type, 100 (lib/realtime/refusal.ts).
        if (typeof message !== 'string' && message[0] === 100) refusalHeld = true;
        held.push(() => socket.send(message));
      });
    });
    await openDraft(colombia, id);
    await expect(editorOf(colombia, 1)).toHaveText('Urges States parties to act;');
    await markWindow(colombia);
    await editorOf(colombia, 1).click();
    await colombia.keyboard.press('End');

    holding = true;
    await runParagraphAction(chair, 'Freeze paragraph PP2');
    await expect(paragraphs(chair).nth(1).getByTestId('paragraph-frozen')).toBeVisible();
    await colombia.keyboard.type(' Raced');
    await expect(editorOf(colombia, 1)).toHaveText('Urges States parties to act; Raced');
    // The server refused the keystroke (the freeze came first); the delegate's browser has not heard of either yet.
    await expect.poll(() => refusalHeld).toBe(true);
    holding = false;
    for (const send of held.splice(0)) send();

    const refused = colombia.getByTestId('refused-change');
    await expect(refused).toContainText('Your change to PP2 was not accepted');
    await expect(refused.getByTestId('refused-reason')).toHaveText('This paragraph is frozen.');
    await expect(refused.getByTestId('refused-text')).toHaveText('Urges States parties to act; Raced');
    await expect(editorOf(colombia, 1)).toHaveText('Urges States parties to act;');
    await expect(editorOf(chair, 1)).toHaveText('Urges States parties to act;');
    expect(await readWindowMark(colombia)).toBe('not reloaded');
    await typeAtEnd(colombia, 0, ' Still typing.');
    await expect(editorOf(chair, 0)).toHaveText('Recalling its resolution 9/1, Still typing.');
  });

  test('a 3 MB formatted paste is refused in the browser with a message; typing right after it is saved', async ({ browser }) => {
    const colombia = await openAs(browser, 'colombia');
    const id = await createDraft(colombia, 'Huge formatted paste');
    await openDraft(colombia, id);
    await typeParagraphs(colombia, ['Kept words.']);
    await markWindow(colombia);
    // Under the character limit (300,000 characters) but 75,000 italic runs: a change of megabytes.
    const runs = 75_000;
    const html = `<p>${'<em class="MsoItalicRunFromWord">a</em> b '.repeat(runs)}</p>`;
    expect(html.length).toBeGreaterThan(2.9 * 1024 * 1024);
    await colombia.evaluate(
      ({ html, text }) => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', text);
        document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      { html, text: 'a b '.repeat(runs) },
    );
    const notice = colombia.getByRole('alert').filter({ hasText: 'That paste would make a change of' });
    await expect(notice).toContainText('Paste it in parts.');
    await expect(editorOf(colombia, 0)).toHaveText('Kept words.');
    await colombia.keyboard.type(' Typed after.');
    await expect(editorOf(colombia, 0)).toHaveText('Kept words. Typed after.');
    expect(await readWindowMark(colombia)).toBe('not reloaded');
    await expect(colombia.getByTestId('connection-status')).toHaveText('');

    await colombia.reload();
    await expect(colombia.getByTestId('draft-room')).toHaveAttribute('data-ready', 'true');
    await expect(editorOf(colombia, 0)).toHaveText('Kept words. Typed after.');
  });
});
