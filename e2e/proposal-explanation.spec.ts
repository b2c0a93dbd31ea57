import JSZip from 'jszip';
import { openDraft, proposalsOf, startNegotiation } from './draft-room';
import { expect, openAs, test } from './fixtures';

test('a delegation explains its proposal: shown on its card to everyone, editable by it alone, on the compilation page and in its Word table', async ({
  browser,
}) => {
  const chair = await openAs(browser, 'chair');
  const eu = await openAs(browser, 'eu');
  const colombia = await openAs(browser, 'colombia');
  const id = await startNegotiation(chair, 'Explained proposals', ['Welcomes the report of the Commission.']);
  for (const page of [eu, colombia]) await openDraft(page, id);

  await eu.getByRole('button', { name: 'Propose an amendment to PP1', exact: true }).click();
  const composer = eu.getByTestId('proposal-composer');
  await composer.getByLabel('Proposed wording').fill('Welcomes the annual report of the Commission.');
  // Over the cap the composer says so and will not submit; nothing typed is lost.
  await composer.getByLabel('Explanation (optional)').fill('x'.repeat(4001));
  await expect(composer.getByRole('alert')).toContainText('4001 characters long; at most 4000 are kept');
  await expect(composer.getByRole('button', { name: 'Submit proposal' })).toBeDisabled();
  await composer.getByLabel('Explanation (optional)').fill('Agreed language of resolution 9/1.');
  await composer.getByRole('button', { name: 'Submit proposal' }).click();
  await expect(composer).toHaveCount(0);

  for (const page of [chair, eu, colombia])
    await expect(proposalsOf(page, 'EU').getByTestId('proposal-explanation')).toHaveText('Explanation: Agreed language of resolution 9/1.');
  // Only the proposing delegation is offered to edit it.
  await expect(proposalsOf(colombia, 'EU').getByRole('button', { name: /^Edit/ })).toHaveCount(0);

  await proposalsOf(eu, 'EU').getByRole('button', { name: /^Edit/ }).click();
  await eu.getByTestId('proposal-composer').getByLabel('Explanation (optional)').fill('Agreed language of resolution 9/1, para. 3.');
  await eu.getByRole('button', { name: 'Save new version' }).click();
  await expect(proposalsOf(colombia, 'EU').getByTestId('proposal-explanation')).toHaveText(
    'Explanation: Agreed language of resolution 9/1, para. 3.',
  );
  // Only the explanation changed: the wording keeps its one version.
  await expect(proposalsOf(colombia, 'EU').getByTestId('proposal-versions')).toHaveCount(0);

  await colombia.goto(`/drafts/${id}/compilation`);
  await expect(colombia.getByTestId('compilation-explanation')).toHaveText('Explanation: Agreed language of resolution 9/1, para. 3.');

  // The Word table reads the draft as the realtime server last made it durable: poll until the edit is there.
  await expect
    .poll(async () => {
      const word = await colombia.request.get(`/api/drafts/${id}/compilation`);
      if (!word.ok()) return `status ${word.status()}`;
      const xml = await (await JSZip.loadAsync(await word.body())).file('word/document.xml')!.async('string');
      return xml.includes('Agreed language of resolution 9/1, para. 3.');
    })
    .toBe(true);
});
