import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Creates a fresh draft through the API as the user signed in on `page`; returns its id. */
export async function createDraft(page: Page, title: string, from?: string): Promise<string> {
  const response = await page.request.post('/api/drafts', { data: from ? { title, from } : { title } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

export async function openDraft(page: Page, id: string): Promise<void> {
  await page.goto(`/drafts/${id}`);
  await expect(page.getByTestId('draft-room')).toHaveAttribute('data-ready', 'true');
}

export function paragraphs(page: Page) {
  return page.getByTestId('draft-paragraph');
}

export function editorOf(page: Page, index: number) {
  return paragraphs(page).nth(index).locator('.ProseMirror');
}

/** Adds paragraphs by typing, the way a delegate would: Enter at the end of one starts the next. */
export async function typeParagraphs(page: Page, texts: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Add paragraph at the end' }).click();
  await expect(editorOf(page, 0)).toBeFocused();
  for (const [index, text] of texts.entries()) {
    if (index > 0) {
      await page.keyboard.press('Enter');
      await expect(editorOf(page, index)).toBeFocused();
    }
    await page.keyboard.type(text);
    await expect(editorOf(page, index)).toHaveText(text);
  }
}

export function proposalsOf(page: Page, delegation: string) {
  return page.locator(`[data-testid="proposal"][data-delegation="${delegation}"]`);
}

export async function proposeAmendment(page: Page, label: string, text: string): Promise<void> {
  await page.getByRole('button', { name: `Propose an amendment to ${label}`, exact: true }).click();
  const field = page.getByTestId('proposal-composer').getByLabel('Proposed wording');
  await expect(field).toBeFocused();
  await field.fill(text);
  await page.getByRole('button', { name: 'Submit proposal' }).click();
  await expect(page.getByTestId('proposal-composer')).toHaveCount(0);
}

/** The facilitator switches an open draft to negotiation: from then on delegates change it only through proposals. */
export async function switchToNegotiation(chair: Page): Promise<void> {
  await chair.getByRole('radio', { name: 'Negotiation (proposals)' }).check();
  await expect(chair.getByTestId('negotiation-banner')).toBeVisible();
}

/** The facilitator writes the base text in open drafting, then switches the room to negotiation. */
export async function startNegotiation(chair: Page, title: string, texts: string[]): Promise<string> {
  const id = await createDraft(chair, title);
  await openDraft(chair, id);
  await typeParagraphs(chair, texts);
  await switchToNegotiation(chair);
  return id;
}

/** Clicks the middle of a word in a paragraph's editor. */
export async function clickWord(page: Page, index: number, word: string): Promise<void> {
  const box = await editorOf(page, index).evaluate((element, target) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1;
      if (at < 0) continue;
      // A person scrolls to the word before clicking it; the rows above grow as live panels fill in.
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, word);
  expect(box, `"${word}" should be in the paragraph`).not.toBeNull();
  await page.mouse.click(box!.x, box!.y);
}

/** The label in an action's name: "Delete paragraph PP2" → PP2, "Insert a paragraph after 1." → 1. */
function readActionLabel(name: string): string {
  const label = /(?:paragraph|after) (\S+)(?: (?:up|down|at the cursor|into the one before))?$/.exec(name)?.[1];
  expect(label, `"${name}" should name a paragraph`).toBeTruthy();
  return label!;
}

/** Opens a paragraph's actions menu ("Actions for paragraph PP2") and returns the menu. */
export async function openParagraphMenu(page: Page, label: string) {
  const button = page.getByRole('button', { name: `Actions for paragraph ${label}`, exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const menu = page.getByRole('menu', { name: `Actions for paragraph ${label}`, exact: true });
  await expect(menu).toBeVisible();
  return menu;
}

/** Runs one of a paragraph's actions by its accessible name ("Delete paragraph PP2"), through the paragraph's menu. */
export async function runParagraphAction(page: Page, name: string): Promise<void> {
  const menu = await openParagraphMenu(page, readActionLabel(name));
  await menu.getByRole(/^Freeze /.test(name) ? 'menuitemcheckbox' : 'menuitem', { name, exact: true }).click();
}

/** Sets a paragraph's kind ("preambular", "operative", …) the way the paragraph's menu offers it. */
export async function chooseParagraphKind(page: Page, label: string, value: string): Promise<void> {
  const menu = await openParagraphMenu(page, label);
  await menu
    .getByRole('group', { name: `Kind of paragraph ${label}`, exact: true })
    .locator(`[role="menuitemradio"][data-value="${value}"]`)
    .click();
}

/** Sets a paragraph's status ("open", "agreed", …); only the facilitator has the control. */
export async function chooseParagraphStatus(page: Page, label: string, value: string): Promise<void> {
  const menu = await openParagraphMenu(page, label);
  await menu
    .getByRole('group', { name: `Status of paragraph ${label}`, exact: true })
    .locator(`[role="menuitemradio"][data-value="${value}"]`)
    .click();
}
