import type { Page } from '@playwright/test';
import * as decoding from 'lib0/decoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { createProposal, readProposals } from '@/lib/proposals';
import { messageRefusal, type RefusalMessage } from '@/lib/realtime/refusal';
import { clickWord, editorOf, openDraft, paragraphs, proposalsOf, proposeAmendment, startNegotiation } from './draft-room';
import { expect, openAs, test } from './fixtures';

/** A bare realtime client with the page's sign-in, to try what the UI would never send. */
async function connectRaw(page: Page, draftId: string) {
  const response = await page.request.post(`/api/drafts/${draftId}/realtime-token`);
  expect(response.ok(), await response.text()).toBe(true);
  const ticket = (await response.json()) as { url: string; room: string; token: string; user: { id: string; name: string } };
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(ticket.url.replace(/\/[^/]*$/, ''), ticket.room, doc, {
    params: { token: ticket.token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const closes: number[] = [];
  provider.on('connection-close', (event: CloseEvent | null) => {
    if (event) closes.push(event.code);
  });
  const refusals: RefusalMessage[] = [];
  provider.messageHandlers[messageRefusal] = (_encoder, decoder) => {
    refusals.push(JSON.parse(decoding.readVarString(decoder)) as RefusalMessage);
  };
  await expect.poll(() => provider.synced).toBe(true);
  return { doc, provider, closes, refusals, user: ticket.user };
}

test.describe('proposals and attribution', () => {
  test('two delegations amend one paragraph; support and objection are recorded; the facilitator accepts one and rejects the other; history and attribution tell the story', async ({
    browser,
  }) => {
    const chair = await openAs(browser, 'chair');
    const colombia = await openAs(browser, 'colombia');
    const eu = await openAs(browser, 'eu');
    const usa = await openAs(browser, 'usa');
    const id = await startNegotiation(chair, 'Negotiating one paragraph', ['Welcomes the report of the Commission.']);
    for (const page of [colombia, eu, usa]) {
      await openDraft(page, id);
      await expect(page.getByTestId('negotiation-banner')).toBeVisible();
    }
    // In negotiation mode a delegate's text is changed only through proposals.
    await expect(editorOf(colombia, 0)).toHaveAttribute('contenteditable', 'false');
    await expect(colombia.getByRole('button', { name: 'Add paragraph at the end' })).toHaveCount(0);

    await proposeAmendment(colombia, 'PP1', 'Warmly welcomes the report of the Commission.');
    await proposeAmendment(eu, 'PP1', 'Welcomes the annual report of the Commission.');

    const colombiaProposal = proposalsOf(usa, 'COL');
    const euProposal = proposalsOf(usa, 'EU');
    await expect(colombiaProposal.getByTestId('proposal-tag')).toHaveText('COL');
    await expect(euProposal.getByTestId('proposal-tag')).toHaveText('EU');
    await expect(colombiaProposal.locator('ins')).toHaveText(/Warmly/);
    await expect(euProposal.locator('ins')).toHaveText(/annual/);
    await expect(usa.getByTestId('count-open')).toHaveText('2 open proposals');

    await colombiaProposal.getByRole('button', { name: /^Support/ }).click();
    await euProposal.getByRole('button', { name: /^Object to/ }).click();
    // A delegation cannot support its own proposal, but may withdraw it.
    await expect(proposalsOf(colombia, 'COL').getByRole('button', { name: /^Support/ })).toHaveCount(0);
    await expect(proposalsOf(colombia, 'COL').getByRole('button', { name: /^Withdraw/ })).toBeVisible();

    await expect(proposalsOf(chair, 'COL').getByTestId('proposal-standing')).toContainText(
      'Proposed by Colombia · supported by United States',
    );
    await expect(proposalsOf(chair, 'EU').getByTestId('proposal-standing')).toContainText(
      'Proposed by European Union · opposed by United States',
    );
    await expect(chair.getByTestId('count-contested')).toHaveText('1 contested paragraph');

    await proposalsOf(chair, 'COL')
      .getByRole('button', { name: /^Accept/ })
      .click();
    for (const page of [chair, colombia, eu, usa])
      await expect(editorOf(page, 0)).toHaveText('Warmly welcomes the report of the Commission.');
    await proposalsOf(chair, 'EU')
      .getByRole('button', { name: /^Reject/ })
      .click();
    await expect(proposalsOf(eu, 'EU')).toHaveAttribute('data-status', 'rejected');
    await expect(proposalsOf(eu, 'COL')).toHaveAttribute('data-status', 'accepted');
    await expect(eu.getByTestId('count-open')).toHaveText('0 open proposals');
    await expect(editorOf(eu, 0)).toHaveText('Warmly welcomes the report of the Commission.');

    // Each word knows where it came from.
    await clickWord(usa, 0, 'Warmly');
    const attribution = paragraphs(usa).first().getByTestId('attribution');
    await expect(attribution).toContainText("Introduced by Colombia's proposal, accepted");
    await expect(attribution).toContainText('Elena Rossi');
    await clickWord(usa, 0, 'Commission');
    await expect(attribution).toHaveText('In the base text');

    // The paragraph's history, in order: two proposals, support, objection, acceptance, rejection.
    const history = paragraphs(usa).first().getByTestId('paragraph-history');
    await history.locator('summary').click();
    const entries = history.getByTestId('history-entry');
    await expect(entries).toHaveCount(6);
    await expect(entries.nth(0)).toContainText('Colombia');
    await expect(entries.nth(0)).toContainText('María Gómez');
    await expect(entries.nth(1)).toContainText('European Union');
    await expect(entries.nth(2)).toContainText('United States');
    await expect(entries.nth(2)).toContainText(/support/i);
    await expect(entries.nth(3)).toContainText('United States');
    await expect(entries.nth(3)).toContainText(/object/i);
    await expect(entries.nth(4)).toContainText('Elena Rossi');
    await expect(entries.nth(4)).toContainText(/accept/i);
    await expect(entries.nth(5)).toContainText('Elena Rossi');
    await expect(entries.nth(5)).toContainText(/reject/i);
  });

  test('alternatives, deletions, new paragraphs and moves appear where proposed; filters and bulk decisions by delegation', async ({
    browser,
  }) => {
    const chair = await openAs(browser, 'chair');
    const mexico = await openAs(browser, 'mexico');
    const eu = await openAs(browser, 'eu');
    const id = await startNegotiation(chair, 'Every kind of proposal', [
      'Recalls its earlier resolutions.',
      'Decides to remain seized of the matter.',
    ]);
    await openDraft(mexico, id);
    await openDraft(eu, id);

    await mexico.getByRole('button', { name: 'Propose an alternative to PP1' }).click();
    await mexico.getByLabel('Proposed wording').fill('Recalls all its relevant resolutions.');
    await mexico.getByRole('button', { name: 'Submit proposal' }).click();
    await mexico.getByRole('button', { name: 'Propose an alternative to PP1' }).click();
    await mexico.getByLabel('Proposed wording').fill('Recalls its resolutions on the subject.');
    await mexico.getByRole('button', { name: 'Submit proposal' }).click();
    await eu.getByRole('button', { name: 'Propose deleting PP2' }).click();
    await eu.getByRole('button', { name: 'Propose a new paragraph after PP1' }).click();
    await eu.getByLabel('Text of the new paragraph').fill('Notes the work of the expert group.');
    await eu.getByRole('button', { name: 'Submit proposal' }).click();
    await eu.getByRole('button', { name: 'Propose moving PP2' }).click();
    await eu.getByLabel('Move PP2 to').selectOption({ label: 'the start of the draft' });
    await eu.getByRole('button', { name: 'Submit proposal' }).click();

    const first = paragraphs(chair).nth(0);
    const second = paragraphs(chair).nth(1);
    await expect(first.locator('[data-testid="proposal"][data-kind="alternative"]').getByRole('heading')).toHaveText([
      'PP1 bis',
      'PP1 ter',
    ]);
    await expect(first.locator('[data-testid="proposal"][data-kind="add"]').getByRole('heading')).toHaveText('New paragraph after PP1');
    await expect(second.locator('[data-testid="proposal"][data-kind="delete"]').getByRole('heading')).toHaveText('Deletion of PP2');
    await expect(second.locator('[data-testid="proposal"][data-kind="move"]').getByRole('heading')).toHaveText('Move of PP2 to the start');
    await expect(chair.getByTestId('count-open')).toHaveText('5 open proposals');

    await chair.getByLabel('Show proposals of').selectOption({ label: 'Mexico (MEX)' });
    await expect(chair.getByTestId('proposal')).toHaveCount(2);
    await chair.getByLabel('Show proposals of').selectOption({ label: 'all delegations' });
    await expect(chair.getByTestId('proposal')).toHaveCount(5);

    // The compilation lists the same open proposals, by paragraph and by delegation.
    const compilation = await openAs(browser, 'eu');
    await compilation.goto(`/drafts/${id}/compilation`);
    await expect(compilation.getByTestId('compilation')).toHaveAttribute('data-ready', 'true');
    await expect(compilation.getByTestId('compilation-counts')).toContainText('5 open proposals on 2 paragraphs from 2 delegations');
    // By paragraph, in the order of the text: the current text, then each proposal with its change marked.
    const [onFirst, onSecond] = [compilation.getByTestId('compilation-group').nth(0), compilation.getByTestId('compilation-group').nth(1)];
    await expect(onFirst.getByRole('heading')).toContainText('Paragraph PP1');
    await expect(onFirst.getByTestId('compilation-current-text')).toContainText('Recalls its earlier resolutions.');
    await expect(onFirst.getByTestId('compilation-proposal').locator('td:first-child')).toHaveText(['PP1 bis', 'PP1 ter', 'after PP1']);
    const bis = onFirst.getByTestId('compilation-change').first();
    await expect(bis.locator('del')).toContainText(['earlier']);
    await expect(bis).toContainText('deleted: its earlier');
    await expect(bis.locator('ins').first()).toContainText('all');
    await expect(onFirst.getByTestId('compilation-change').nth(2).locator('ins')).toHaveText('Notes the work of the expert group.');
    await expect(onSecond.getByTestId('compilation-proposal')).toContainText(['Deletion', 'Move to the start of the text']);
    await expect(onSecond.getByTestId('compilation-change').locator('del')).toHaveText('Decides to remain seized of the matter.');
    await compilation.getByRole('radio', { name: 'By delegation' }).check();
    await expect(compilation.getByTestId('compilation-group')).toHaveCount(2);
    await expect(compilation.getByTestId('compilation-group').first().getByRole('heading')).toContainText('European Union (EU) (3)');

    await chair.getByRole('button', { name: 'Reject all of European Union' }).click();
    await expect(eu.getByTestId('count-open')).toHaveText('2 open proposals');
    await chair.getByLabel('Hide accepted').check();
    await chair.getByRole('button', { name: 'Accept all proposals in PP1' }).click();
    // "bis" goes in; "ter" was written against the words "bis" replaced, so it is overtaken and stays open.
    await expect(chair.getByTestId('count-open')).toHaveText('1 open proposal');
    await expect(first.locator('[data-testid="proposal"][data-status="accepted"]')).toHaveCount(0);
    await expect(first.locator('[data-testid="proposal"][data-status="open"]').getByTestId('proposal-overtaken')).toBeVisible();
    await expect(compilation.getByTestId('compilation-counts')).toContainText('1 open proposal on 1 paragraph');
    await expect(paragraphs(mexico)).toHaveCount(2);
  });

  test('the facilitator brackets words and a whole paragraph; the contested filter and counts follow', async ({ browser }) => {
    const chair = await openAs(browser, 'chair');
    const colombia = await openAs(browser, 'colombia');
    const id = await startNegotiation(chair, 'Brackets', ['Urges all States to act.', 'Invites donors to contribute.']);
    await openDraft(colombia, id);

    await editorOf(chair, 0).click();
    await chair.keyboard.press('End');
    await chair.keyboard.press('ArrowLeft');
    for (let i = 0; i < 'to act'.length; i++) await chair.keyboard.press('Shift+ArrowLeft');
    await chair.getByRole('button', { name: 'Bracket the selected words in PP1' }).click();
    await expect(editorOf(colombia, 0)).toHaveText('Urges all States [to act].');
    await expect(colombia.getByTestId('count-brackets')).toHaveText('1 bracket');

    await colombia.getByLabel('Only contested paragraphs').check();
    await expect(paragraphs(colombia)).toHaveCount(1);
    await chair.getByRole('button', { name: 'Bracket the whole of PP2' }).click();
    await expect(paragraphs(colombia)).toHaveCount(2);
    await expect(editorOf(colombia, 1)).toHaveText('[Invites donors to contribute.]');
    await expect(paragraphs(colombia).nth(1).getByTestId('paragraph-status')).toHaveText('Bracketed');
    await expect(colombia.getByTestId('count-brackets')).toHaveText('2 brackets');
    await colombia.getByLabel('Only contested paragraphs').uncheck();
    await expect(colombia.getByRole('button', { name: /Bracket/ })).toHaveCount(0);
  });

  test('an observer follows the negotiation but has no proposal controls', async ({ browser }) => {
    const chair = await openAs(browser, 'chair');
    const colombia = await openAs(browser, 'colombia');
    const observer = await openAs(browser, 'observer');
    const id = await startNegotiation(chair, 'Observed negotiation', ['Calls upon Member States to cooperate.']);
    await openDraft(colombia, id);
    await openDraft(observer, id);

    await proposeAmendment(colombia, 'PP1', 'Calls upon all Member States to cooperate fully.');
    const proposal = proposalsOf(observer, 'COL');
    await expect(proposal).toBeVisible();
    await expect(observer.getByTestId('negotiation-banner')).toBeVisible();
    await expect(observer.getByRole('button', { name: /^Propose/ })).toHaveCount(0);
    await expect(proposal.getByRole('button')).toHaveCount(0);
    await expect(observer.getByRole('radio', { name: 'Negotiation (proposals)' })).toHaveCount(0);

    // Around the UI, the server still refuses: an observer's proposal never reaches anyone.
    const raw = await connectRaw(observer, id);
    const paragraphId = await paragraphs(chair).first().getAttribute('data-paragraph-id');
    createProposal(raw.doc, {
      kind: 'delete',
      paragraphId: paragraphId!,
      delegation: 'OBS',
      delegationName: 'Civil society observer',
      authorId: raw.user.id,
      authorName: raw.user.name,
    });
    // A later proposal from a delegate arrives; the observer's, sent first, does not.
    await proposeAmendment(colombia, 'PP1', 'Calls upon Member States to cooperate closely.');
    await expect(chair.getByTestId('count-open')).toHaveText('2 open proposals');
    await expect(proposalsOf(chair, 'OBS')).toHaveCount(0);
    const fresh = await connectRaw(chair, id);
    expect(readProposals(fresh.doc).map((proposal) => proposal.delegation)).toEqual(['COL', 'COL']);
    raw.provider.destroy();
    fresh.provider.destroy();
  });

  test("the server refuses a delegate proposing in another delegation's name", async ({ browser }) => {
    const chair = await openAs(browser, 'chair');
    const colombia = await openAs(browser, 'colombia');
    const id = await startNegotiation(chair, 'Forged proposal', ['Requests the Secretariat to report.']);
    const paragraphId = await paragraphs(chair).first().getAttribute('data-paragraph-id');
    const raw = await connectRaw(colombia, id);
    createProposal(raw.doc, {
      kind: 'delete',
      paragraphId: paragraphId!,
      delegation: 'EU',
      delegationName: 'European Union',
      authorId: raw.user.id,
      authorName: raw.user.name,
    });
    await expect.poll(() => raw.refusals.map((refusal) => refusal.rule)).toContain('proposals');
    expect(raw.closes).toEqual([]);
    raw.provider.destroy();
    await expect(chair.getByTestId('count-open')).toHaveText('0 open proposals');
    await expect(chair.getByTestId('proposal')).toHaveCount(0);
  });
});
