import { expect, test } from './fixtures';

test('comparing resolution 10/3 with 11/5 aligns paragraphs despite renumbering and moves', async ({ signInAs }) => {
  const page = await signInAs('eu');
  await page.goto('/compare');
  await page.getByLabel('Old text').fill('10/3');
  await page.getByLabel('New text').fill('11/5');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/a=10%2F3&b=11%2F5/);

  const pair = (from: string | null, to: string | null) =>
    page.locator(`[data-testid="pair"][data-from="${from ?? ''}"][data-to="${to ?? ''}"]`);
  await expect(pair('1', '1')).toHaveAttribute('data-status', 'unchanged');
  await expect(pair('3', '19')).toHaveAttribute('data-status', 'moved');
  await expect(pair('3', '19')).toContainText('OP 3 → OP 19');
  await expect(pair('3', '19').locator('ins.diff').first()).toBeVisible();
  await expect(pair(null, '8')).toHaveAttribute('data-status', 'new');
  await expect(pair(null, '8')).toContainText('corruption');
  const changed = Number((await page.getByTestId('summary-changed').locator('strong').textContent()) ?? '0');
  expect(changed).toBeGreaterThan(0);
});

test('the 2020 draft against adopted 10/3 shows only real edits, and keys move from change to change', async ({ signInAs }) => {
  const page = await signInAs('usa');
  await page.goto('/compare?a=cop10-draft-resolution-2020&b=10/3');
  await page.getByLabel('Only changes').check();
  const pairs = page.getByTestId('pair');
  await expect(pairs.first()).toBeVisible();
  const statuses = await pairs.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')));
  expect(statuses.every((status) => status !== 'unchanged')).toBe(true);
  const pp19 = page.locator('[data-testid="pair"][data-to="PP19"]');
  await expect(pp19.locator('del.diff')).toHaveText(/disproportionally/);
  await expect(pp19.locator('ins.diff')).toHaveText(/disproportionately/);

  await page.keyboard.press('j');
  await expect(page.getByText(/^Change 1 of \d+$/)).toBeVisible();
  await page.keyboard.press('j');
  await expect(page.getByText(/^Change 2 of \d+$/)).toBeVisible();
  await expect(page.locator('[data-testid="pair"].current')).toBeFocused();

  await page.getByRole('button', { name: 'Redline' }).click();
  await expect(page.getByRole('list', { name: /Redline/ })).toBeVisible();
});

test('an unknown text gets a clear message', async ({ signInAs }) => {
  const page = await signInAs('colombia');
  await page.goto('/compare?a=99/99&b=10/3');
  await expect(page.locator('main').getByRole('alert')).toContainText('Nothing to compare called "99/99"');
});
