import type { Page } from '@playwright/test';
import {
  createDraft,
  editorOf,
  openDraft,
  paragraphs,
  proposalsOf,
  proposeAmendment,
  runParagraphAction,
  startNegotiation,
} from './draft-room';
import { expect, openAs, test } from './fixtures';

const politeRegion = (page: Page) => page.getByTestId('room-announcements');
const urgentRegion = (page: Page) => page.getByTestId('room-announcements-urgent');

/** A keyboard user resting on a paragraph's own control is "in" that paragraph, as the room counts it. */
async function restIn(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: `Propose an amendment to ${label}`, exact: true }).focus();
}

test.describe('what a screen reader hears', () => {
  test('proposals are announced only to those in the paragraph, decisions to the proposing delegation; cards read as sentences; the redline is one pair of colours', async ({
    browser,
  }) => {
    const chair = await openAs(browser, 'chair');
    const eu = await openAs(browser, 'eu');
    const mexico = await openAs(browser, 'mexico');
    const usa = await openAs(browser, 'usa');
    const id = await startNegotiation(chair, 'Heard, not seen', [
      'Welcomes the report of the Commission.',
      'Notes the work of the Secretariat.',
    ]);
    for (const page of [eu, mexico, usa]) await openDraft(page, id);
    await restIn(eu, 'PP1');
    await restIn(usa, 'PP2');

    await proposeAmendment(mexico, 'PP1', 'Welcomes the report of the Secretariat.');
    await expect(politeRegion(eu)).toHaveText('New proposal by Mexico on PP1');
    // The United States has the proposal on screen, but is in another paragraph; Mexico made it.
    await expect(proposalsOf(usa, 'MEX')).toBeVisible();
    await expect(politeRegion(usa)).toHaveText('');
    await expect(politeRegion(mexico)).toHaveText('');

    await proposeAmendment(eu, 'PP2', 'Notes the work of the Committee.');
    await expect(politeRegion(usa)).toHaveText('New proposal by the European Union on PP2');
    await expect(politeRegion(eu)).toHaveText('New proposal by Mexico on PP1');

    await proposalsOf(usa, 'MEX')
      .getByRole('button', { name: /^Support/ })
      .click();
    const card = proposalsOf(chair, 'MEX');
    await expect(card).toMatchAriaSnapshot(`
      - article "Mexico proposes to replace “Commission” with “Secretariat” in PP1":
        - text: MEX Mexico
        - heading "Amendment to PP1" [level=3]
        - text: MEX 1
        - paragraph:
          - text: Welcomes the report of the
          - deletion: Commission
          - insertion: Secretariat
          - text: .
        - paragraph: /Supported by the United States\\. Tabled by .+ at \\d\\d:\\d\\d\\./
        - group "Actions on Mexico's proposal (Amendment to PP1)":
          - button "Accept Mexico's proposal (Amendment to PP1)": Accept
          - button "Reject Mexico's proposal (Amendment to PP1)": Reject
    `);
    await expect(card).toHaveAccessibleDescription(/^Supported by the United States\. Tabled by .+ at \d\d:\d\d\.$/);

    // Whoever proposed it, an insertion and a deletion look the same: the delegation is in the badge, not the ink.
    const ink = (page: Page, delegation: string, element: 'ins' | 'del') =>
      proposalsOf(page, delegation)
        .locator(element)
        .first()
        .evaluate((node) => {
          const style = getComputedStyle(node);
          return `${style.color} ${style.textDecorationLine} ${style.textDecorationColor}`;
        });
    for (const element of ['ins', 'del'] as const) expect(await ink(chair, 'MEX', element)).toBe(await ink(chair, 'EU', element));
    expect(await ink(chair, 'EU', 'ins')).toBe('rgb(30, 58, 138) underline rgb(30, 58, 138)');
    expect(await ink(chair, 'EU', 'del')).toBe('rgb(127, 29, 29) line-through rgb(127, 29, 29)');

    await proposalsOf(chair, 'MEX')
      .getByRole('button', { name: /^Accept/ })
      .click();
    await expect(politeRegion(mexico)).toHaveText("The facilitator accepted your delegation's proposal on PP1");
    await proposalsOf(chair, 'EU')
      .getByRole('button', { name: /^Reject/ })
      .click();
    await expect(politeRegion(eu)).toHaveText("The facilitator rejected your delegation's proposal on PP2");
    // The United States proposed neither: what it last heard stands.
    await expect(proposalsOf(usa, 'EU')).toHaveAttribute('data-status', 'rejected');
    await expect(politeRegion(usa)).toHaveText('New proposal by the European Union on PP2');
    await expect(proposalsOf(usa, 'MEX')).toHaveAccessibleDescription(/Supported by the United States\. Accepted by the facilitator\./);
  });

  test('a freeze of the paragraph one is typing in is said at once, to that person only', async ({ browser }) => {
    const chair = await openAs(browser, 'chair');
    const colombia = await openAs(browser, 'colombia');
    const usa = await openAs(browser, 'usa');
    const id = await createDraft(chair, 'Frozen while typing', '5/2');
    for (const page of [chair, colombia, usa]) await openDraft(page, id);
    await editorOf(colombia, 0).click();
    await colombia.keyboard.type('Indeed, ');
    await editorOf(usa, 1).click();

    await runParagraphAction(chair, 'Freeze paragraph PP1');
    await expect(urgentRegion(colombia)).toHaveText('PP1 was frozen by the facilitator; you can no longer change it');
    await expect(paragraphs(usa).first().getByTestId('paragraph-frozen')).toBeVisible();
    await expect(urgentRegion(usa)).toHaveText('');
    await expect(urgentRegion(chair)).toHaveText('');
  });
});

test('a comparison redline reads as deletions and insertions, in the same pair of colours', async ({ signInAs }) => {
  const page = await signInAs('usa');
  await page.goto('/compare?a=cop10-draft-resolution-2020&b=10/3');
  await page.getByLabel('Only changes').check();
  await page.getByRole('button', { name: 'Redline' }).click();
  const pp19 = page.locator('[data-testid="pair"][data-to="PP19"]');
  await expect(pp19).toMatchAriaSnapshot(`
    - listitem:
      - text: /PP 19 changed \\d+ % alike Recalling also that/
      - deletion: disproportionally
      - insertion: disproportionately
      - text: affected by trafficking for the purpose of sexual exploitation,
  `);
  const ink = (element: string) =>
    pp19
      .locator(element)
      .first()
      .evaluate((node) => getComputedStyle(node).color);
  expect(await ink('del')).toBe('rgb(127, 29, 29)');
  expect(await ink('ins')).toBe('rgb(30, 58, 138)');
});
