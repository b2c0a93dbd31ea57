import { readPart } from '@/test-support/docx-fixtures';
import { expect, openAs, test } from './fixtures';

async function wordText(buffer: Buffer): Promise<string> {
  // The symbol prints in the masthead: the page header today, the first page's own lines once the UN layout lands.
  const parts = await Promise.all(['word/document.xml', 'word/header1.xml'].map((part) => readPart(buffer, part).catch(() => '')));
  return parts.join('\n');
}

test('the facilitator sets the document details and sponsor, a delegate co-sponsors, and the Word file carries them', async ({
  browser,
}) => {
  const chair = await openAs(browser, 'chair');
  const created = await chair.request.post('/api/drafts', { data: { title: 'Document details', from: '11/5' } });
  const { id } = (await created.json()) as { id: string };

  await chair.goto(`/drafts/${id}/details`);
  const form = chair.getByTestId('document-details-form');
  // A clear message for bad input, and nothing lost: the other fields keep what was typed.
  await form.getByLabel('Document symbol').fill('CTOC/COP/2022/L.5/Rev.1');
  await form.getByLabel('Original language').fill('English');
  await form.getByRole('button', { name: 'Save document details' }).click();
  await expect(chair.getByTestId('details-error')).toContainText('without "/Rev.n"');
  await expect(form.getByLabel('Original language')).toHaveValue('English');

  await form.getByLabel('Document symbol').fill('CTOC/COP/2022/L.5');
  await form.getByLabel('Distribution').selectOption('Limited');
  await form.getByLabel('Date', { exact: true }).fill('2022-10-19');
  await form.getByLabel('Agenda item', { exact: true }).fill('Agenda item 2');
  await form.getByRole('button', { name: 'Save document details' }).click();
  await expect(chair.getByTestId('details-status')).toHaveText('Document details saved.');

  await chair.getByLabel('Main sponsor').selectOption({ label: 'Colombia' });
  await chair.getByRole('button', { name: 'Save main sponsor' }).click();
  await expect(chair.getByTestId('sponsors-status')).toHaveText('Main sponsor saved.');

  // Mexico's delegate, in a browser of their own, sees the details read-only and co-sponsors for Mexico.
  const mexico = await openAs(browser, 'mexico');
  await mexico.goto(`/drafts/${id}/details`);
  await expect(mexico.getByTestId('document-details-form')).toHaveCount(0);
  await expect(mexico.getByTestId('document-details')).toContainText('CTOC/COP/2022/L.5');
  await expect(mexico.getByTestId('document-details')).toContainText('19 October 2022');
  await expect(mexico.getByTestId('main-sponsor')).toHaveText('Main sponsor: Colombia');
  await mexico.getByRole('button', { name: 'Co-sponsor (Mexico)' }).click();
  await expect(mexico.getByTestId('sponsors-status')).toHaveText('Mexico now co-sponsors this draft.');
  await expect(mexico.getByTestId('cosponsors')).toHaveText('Mexico');
  await expect(mexico.getByRole('button', { name: 'Withdraw co-sponsorship' })).toBeVisible();
  // Naming another delegation is refused with a reason.
  const forOther = await mexico.request.post(`/api/drafts/${id}/cosponsorship`, { data: { delegationId: 'COL' } });
  expect(forOther.status()).toBe(400);
  expect(((await forOther.json()) as { error: string }).error).toContain('own delegation');

  // The history lists each change with who made it.
  await chair.reload();
  const history = chair.getByTestId('furniture-history');
  await expect(history).toContainText('changed the document details');
  await expect(history).toContainText('made Colombia the main sponsor');
  await expect(history).toContainText('Mexico joined the co-sponsors');

  const exported = await chair.request.get(`/api/drafts/${id}/export`);
  expect(exported.status()).toBe(200);
  expect(await wordText(await exported.body())).toContain('CTOC/COP/2022/L.5');

  // A revision named "Rev.1" prints the symbol with "/Rev.1".
  const issued = await chair.request.post(`/api/drafts/${id}/revisions`, { data: { name: 'Rev.1' } });
  expect(issued.status()).toBe(201);
  const revision = (await issued.json()) as { id: string };
  const revised = await chair.request.get(`/api/revisions/${revision.id}/export`);
  expect(revised.status()).toBe(200);
  expect(await wordText(await revised.body())).toContain('CTOC/COP/2022/L.5/Rev.1');
  await chair.goto(`/drafts/${id}/revisions/${revision.id}`);
  await expect(chair.getByTestId('revision-furniture')).toHaveText(
    'CTOC/COP/2022/L.5/Rev.1 · Colombia: revised draft resolution (co-sponsors: Mexico)',
  );
});
