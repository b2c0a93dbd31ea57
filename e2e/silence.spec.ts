import type { Page } from '@playwright/test';
import { formatWallClockInput } from '@/lib/deadlines/zoned-time';
import { openDraft, paragraphs, startNegotiation } from './draft-room';
import { expect, openAs, test } from './fixtures';

/** The facilitator places PP1 under silence through the form, with a deadline this many seconds ahead (server clock). */
async function startSilenceOnFirstParagraph(chair: Page, draftId: string, seconds: number): Promise<Date> {
  const answer = await chair.request.get(`/api/drafts/${draftId}/silence`);
  expect(answer.ok(), await answer.text()).toBe(true);
  const { now, timeZone } = (await answer.json()) as { now: string; timeZone: string };
  const deadline = new Date(new Date(now).getTime() + seconds * 1_000);
  const form = chair.locator('details.silence-start');
  await form.locator('summary').click();
  await form.getByRole('checkbox', { name: 'PP1' }).check();
  await form.getByLabel(/^Deadline/).fill(formatWallClockInput(deadline, timeZone, { withSeconds: true }));
  await form.locator('button[type=submit]').click();
  return new Date(Math.floor(deadline.getTime() / 1_000) * 1_000);
}

test.describe('silence procedure', () => {
  test('silence that holds: everyone sees the countdown, and at the deadline the paragraph is agreed ad ref with the record', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const chair = await openAs(browser, 'chair');
    const eu = await openAs(browser, 'eu');
    const id = await startNegotiation(chair, 'Silence that holds', [
      'Welcomes the report of the Commission.',
      'Decides to remain seized of the matter.',
    ]);
    await openDraft(eu, id);
    await startSilenceOnFirstParagraph(chair, id, 8);

    for (const page of [chair, eu]) {
      await expect(page.getByTestId('silence-banner')).toContainText('Silence procedure on PP1');
      await expect(page.getByTestId('silence-countdown')).toHaveText(/^\d\d:\d\d:\d\d$/);
      await expect(paragraphs(page).nth(0).getByTestId('paragraph-silence')).toContainText('Under silence until');
      await expect(paragraphs(page).nth(1).getByTestId('paragraph-silence')).toHaveCount(0);
    }
    // The server's clock decides; the pages poll until its outcome reaches them.
    for (const page of [chair, eu]) {
      await expect(paragraphs(page).nth(0).getByTestId('paragraph-status')).toHaveText('Agreed ad ref', { timeout: 30_000 });
      await expect(page.getByTestId('silence-record')).toContainText('PP1: adopted under silence procedure, deadline', { timeout: 10_000 });
      await expect(paragraphs(page).nth(0).getByTestId('paragraph-silence')).toContainText('Adopted under silence procedure, deadline');
      await expect(paragraphs(page).nth(1).getByTestId('paragraph-status')).toHaveText('Open');
    }
  });

  test('silence broken: a delegate breaks it with a statement, everyone sees who and why, and after the deadline the paragraph stays open', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const chair = await openAs(browser, 'chair');
    const eu = await openAs(browser, 'eu');
    const usa = await openAs(browser, 'usa');
    const id = await startNegotiation(chair, 'Silence broken', ['Welcomes the report of the Commission.']);
    for (const page of [eu, usa]) await openDraft(page, id);
    const deadline = await startSilenceOnFirstParagraph(chair, id, 15);

    await expect(eu.getByTestId('silence-banner')).toContainText('Silence procedure on PP1');
    // The facilitator runs procedures; breaking is a delegation's statement.
    await expect(chair.getByTestId('silence-banner').getByRole('button', { name: 'Break silence' })).toHaveCount(0);
    await eu.getByTestId('silence-banner').getByRole('button', { name: 'Break silence' }).click();
    await eu.getByLabel(/^Statement for/).fill('Reservation pending instructions from capital.');
    await eu.getByRole('button', { name: 'Break silence now' }).click();

    for (const page of [chair, eu, usa]) {
      await expect(page.getByTestId('silence-record')).toContainText('Silence broken by EU');
      await expect(page.getByTestId('silence-record')).toContainText('Reservation pending instructions from capital.');
      await expect(page.getByTestId('silence-banner')).toHaveCount(0);
      await expect(paragraphs(page).nth(0).getByTestId('paragraph-silence')).toContainText('Silence broken by EU');
    }
    // Past the deadline by the server's clock, the broken procedure has changed nothing.
    await expect
      .poll(
        async () =>
          new Date(((await chair.request.get(`/api/drafts/${id}/silence`).then((r) => r.json())) as { now: string }).now).getTime(),
        {
          timeout: 30_000,
        },
      )
      .toBeGreaterThan(deadline.getTime() + 2_000);
    for (const page of [chair, eu, usa]) await expect(paragraphs(page).nth(0).getByTestId('paragraph-status')).toHaveText('Open');
    const audit = await chair.request.get(`/api/drafts/${id}/silence`);
    const { procedures } = (await audit.json()) as { procedures: { state: string; breaks: { delegationCode: string }[] }[] };
    expect(procedures[0]).toMatchObject({ state: 'broken', breaks: [{ delegationCode: 'EU' }] });
  });
});
