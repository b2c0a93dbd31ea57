import { expect, openAs, test } from './fixtures';

const confidential = { id: 'demo-confidential', title: 'COP 11: review mechanism, Friends of the Chair (confidential)' };

test('the home page lists a person’s negotiations with what changed since their last visit; others never see it', async ({ browser }) => {
  const chair = await openAs(browser, 'chair');
  await chair.goto(`/negotiations/${confidential.id}`);
  await expect(chair.getByTestId('negotiation-title')).toHaveText(confidential.title);

  const eu = await openAs(browser, 'eu');
  const title = `Since the chair's visit ${Date.now().toString(36)}`;
  const created = await eu.request.post('/api/drafts', { data: { title, negotiationId: confidential.id } });
  expect(created.status(), await created.text()).toBe(201);

  await chair.goto('/');
  const section = chair.getByTestId('negotiation').filter({ has: chair.getByRole('link', { name: confidential.title, exact: true }) });
  await expect(section.getByTestId('changes-since-visit')).toContainText('Since your last visit');
  await expect(section.getByTestId('drafts-updated')).toHaveText(/^[1-9]\d* drafts? updated$/);
  await section.getByRole('link', { name: title }).click();
  await expect(chair.getByTestId('draft-room')).toHaveAttribute('data-ready', 'true');
  await expect(chair.getByTestId('breadcrumb-negotiation')).toHaveText(confidential.title);

  // Opening the negotiation again counts from now: the draft made before is no longer new.
  await chair.goto(`/negotiations/${confidential.id}`);
  await chair.goto('/');
  await expect(section.getByRole('link', { name: title })).toHaveCount(0);

  const usa = await openAs(browser, 'usa');
  await usa.goto('/');
  await expect(usa.getByTestId('negotiation').first()).toBeVisible();
  await expect(usa.getByText(confidential.title)).toHaveCount(0);
  const unseen = await usa.goto(`/negotiations/${confidential.id}`);
  expect(unseen?.status()).toBe(404);
});

test('a negotiation’s page lists its drafts with revisions and Word links, and pages inside it name it', async ({ browser }) => {
  const secretariat = await openAs(browser, 'secretariat');
  const title = `Drafted in the confidential room ${Date.now().toString(36)}`;
  const created = await secretariat.request.post('/api/drafts', { data: { title, negotiationId: confidential.id } });
  const { id } = (await created.json()) as { id: string };

  await secretariat.goto(`/negotiations/${confidential.id}`);
  await expect(secretariat.getByTestId('negotiation-role')).toContainText('secretariat');
  const row = secretariat.getByTestId('draft-row').filter({ has: secretariat.getByRole('link', { name: title }) });
  await expect(row.getByRole('link', { name: '.docx' })).toHaveAttribute('href', `/api/drafts/${id}/export`);
  await secretariat.getByRole('link', { name: 'New draft' }).click();
  await expect(secretariat.getByTestId('negotiation-title')).toHaveText(confidential.title);

  await secretariat.goto(`/drafts/${id}/revisions`);
  await expect(secretariat.getByTestId('breadcrumb-negotiation')).toHaveText(confidential.title);
  await secretariat.getByTestId('breadcrumb-negotiation').click();
  await expect(secretariat).toHaveURL(new RegExp(`/negotiations/${confidential.id}$`));

  await secretariat.goto('/drafts');
  const group = secretariat
    .getByTestId('negotiation-drafts')
    .filter({ has: secretariat.getByRole('heading', { name: confidential.title }) });
  await expect(group.getByRole('link', { name: title })).toBeVisible();
});
