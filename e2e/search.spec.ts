import { expect, test } from './fixtures';

test('a delegate finds agreed language with its citation and opens the paragraph', async ({ signInAs }) => {
  const page = await signInAs('mexico');
  await page.goto('/search');
  await page.getByLabel('Words, a phrase or a whole paragraph').fill('discourage the demand that fosters');
  await page.getByRole('button', { name: 'Search' }).click();
  const hits = page.getByTestId('search-hit');
  await expect(hits.first()).toBeVisible();
  const top = await hits.evaluateAll((items) => items.slice(0, 5).map((item) => item.textContent ?? ''));
  expect(top.some((text) => /discourage the demand that fost/i.test(text))).toBe(true);
  await expect(hits.first().locator('mark').first()).toBeVisible();
  const link = hits.first().getByRole('link').first();
  const citation = await link.textContent();
  expect(citation).toMatch(/(COP (res|dec)\.|WG) /);
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(/\/corpus\//);
  const ref = decodeURIComponent(href.split('#')[1]!);
  await expect(page.locator(`[id="${ref}"]`)).toContainText(/demand/);
});

test('language identical in a draft and in the resolution it became is one hit, citing the resolution', async ({ signInAs }) => {
  const page = await signInAs('mexico');
  await page.goto('/search');
  await page
    .getByLabel('Words, a phrase or a whole paragraph')
    .fill('Invites States to strengthen multidisciplinary cooperation and coordination among competent authorities');
  await page.getByRole('button', { name: 'Search' }).click();
  const hits = page.getByTestId('search-hit');
  await expect(hits.first().getByRole('link').first()).toHaveText('COP res. 11/5, OP 12 (2022)');
  await expect(hits.first().getByTestId('also-in')).toHaveText('also in Rev. draft res. (2022), OP 11');
  const citations = await hits.evaluateAll((items) => items.map((item) => item.querySelector('a')?.textContent ?? ''));
  expect(citations).not.toContain('Rev. draft res. (2022), OP 11');
});

test('filters narrow precedent to adopted resolutions', async ({ signInAs }) => {
  const page = await signInAs('mexico');
  await page.goto('/search?q=non-punishment+of+victims&kind=resolution');
  const citations = await page.getByTestId('search-hit').getByRole('link').allTextContents();
  // the same language in other resolutions is listed too (alsoIn): the filter holds for those as well
  expect(citations.length).toBeGreaterThan(0);
  for (const citation of citations) expect(citation).toMatch(/^COP res\./);
});

test("the body filter keeps only that body's texts", async ({ signInAs }) => {
  const page = await signInAs('secretariat');
  await page.goto('/search');
  await page.getByLabel('Words, a phrase or a whole paragraph').fill('training of law enforcement officers');
  await page.getByLabel('Body').selectOption('Working Group on Trafficking in Persons');
  await page.getByRole('button', { name: 'Search' }).click();
  const citations = await page.getByTestId('search-hit').getByRole('link').allTextContents();
  expect(citations.length).toBeGreaterThan(0);
  for (const citation of citations) expect(citation).toMatch(/^WG \d{4}, rec\./);
});

test('a query in another language says no agreed language was found instead of listing noise', async ({ signInAs }) => {
  const page = await signInAs('mexico');
  await page.goto('/search');
  await page.getByLabel('Words, a phrase or a whole paragraph').fill('trata de personas');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('result-count')).toHaveText('No agreed language found.');
  await expect(page.getByTestId('search-hit')).toHaveCount(0);
});

test('"Same opening words" keeps only paragraphs opening with the query\'s formula', async ({ signInAs }) => {
  const page = await signInAs('mexico');
  await page.goto('/search');
  await page.getByLabel('Words, a phrase or a whole paragraph').fill('Calls upon States to strengthen international cooperation');
  await page.getByLabel('Same opening words').check();
  await page.getByRole('button', { name: 'Search' }).click();
  const hits = page.getByTestId('search-hit');
  await expect(hits.first()).toBeVisible();
  const texts = await hits.locator('div').allTextContents();
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(text).toMatch(/^Calls upon/);
  await expect(page.getByLabel('Same opening words')).toBeChecked();
});
