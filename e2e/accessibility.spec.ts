import type { BrowserContext, Page } from '@playwright/test';
import { describeAxeViolations, expectNoAxeViolations } from './axe';
import { listPagesOnDisk } from './authorization/inventory';
import { type MatrixContext, type PageOutcome, type PageProbe, type Persona, pageMatrix } from './authorization/matrix';
import { editorOf, openDraft, openParagraphMenu, paragraphs, proposalsOf, proposeAmendment, switchToNegotiation } from './draft-room';
import { measureContrastRatio } from '@/lib/colour/contrast';
import { formatWallClockInput } from '@/lib/deadlines/zoned-time';
import { expect, openAs, test } from './fixtures';
import { tabThroughPage } from './keyboard-reach';

/**
 * WCAG 2.1 AA on every page, checked by axe-core in the real browser. The page list is the authorization matrix's
 * (e2e/authorization/matrix.ts): a new page gets a row there, and so is scanned here as the person who sees most of it.
 */

type Scanner = 'facilitator' | 'admin' | 'signedOut';
const scanners: Scanner[] = ['facilitator', 'admin', 'signedOut'];

/** The person who sees most of a page: the first of facilitator, administrator, signed out the page opens for. */
function pickScan(probes: PageProbe[]): { scanner: Scanner; probe: PageProbe } {
  const opens: PageOutcome[] = ['ok', 'refused', 'to-admin'];
  for (const outcome of opens) {
    for (const scanner of scanners) {
      const probe = probes.find((candidate) => candidate.expect[scanner as Persona] === outcome);
      if (probe) return { scanner, probe };
    }
  }
  throw new Error(`no scanner opens ${probes[0]?.path.toString()}`);
}

const pageScans = Object.entries(pageMatrix).map(([route, probes]) => ({ route, ...pickScan(probes) }));

/** Waits until what a page fetches in the browser has arrived, so axe sees the page a person reads. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await expect(page.locator('main').first()).toBeVisible();
  const room = page.getByTestId('draft-room').or(page.getByTestId('screen')).or(page.getByTestId('compilation'));
  if (await room.count()) await expect(room.first()).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

async function scanEach(page: Page, paths: string[]): Promise<void> {
  for (const path of paths) {
    await page.goto(path);
    await settle(page);
    expect.soft(await describeAxeViolations(page), `axe-core violations on ${path}`).toEqual([]);
  }
}

/**
 * What axe cannot see: Tab reaches the page's controls and then leaves the page (no keyboard trap), and each stop
 * shows a focus outline that stands out 3:1 from what is behind it.
 */
async function expectKeyboardLeaves(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await settle(page);
  const { stops, left } = await tabThroughPage(page, 400);
  const last = stops.slice(-5).map((stop) => stop.label);
  expect.soft(left, `${path}: Tab never left the page; last stops: ${last.join(', ')}`).toBe(true);
  expect.soft(stops.length, `${path}: Tab reaches the page's controls`).toBeGreaterThan(2);
  const unseen = stops
    .filter((stop) => stop.outlineStyle === 'none' || (stop.background && measureContrastRatio(stop.outlineColour, stop.background) < 3))
    .map((stop) => `${stop.label} (${stop.outlineStyle} ${stop.outlineColour} on ${stop.background})`);
  expect.soft(unseen, `${path}: focus outlines missing or under 3:1`).toEqual([]);
}

test.describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  let chair: Page;
  let context: MatrixContext;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    chair = await openAs(browser, 'chair');
    // A negotiation draft with real paragraphs, a proposal, a comment and a revision: what the pages show at work.
    const negotiationId = 'demo-negotiation';
    const created = await chair.request.post('/api/drafts', {
      data: { title: `Accessible draft ${Date.now()}`, from: '10/3', negotiationId },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id: draftId } = (await created.json()) as { id: string };
    const issued = await chair.request.post(`/api/drafts/${draftId}/revisions`, { data: { name: 'Accessible base' } });
    expect(issued.status(), await issued.text()).toBe(201);
    const { id: revisionId } = (await issued.json()) as { id: string };
    context = { persona: 'facilitator', negotiationId, draftId, revisionId, confidentialDraftId: draftId, unique: `a11y-${Date.now()}` };
  });

  test.afterAll(async () => {
    await chair?.context().close();
  });

  test('the scan reports what it finds: rule, impact, help and the elements', async ({ page }) => {
    await page.setContent(
      '<html lang="en"><head><title>Known faults</title></head><body><main><img src="data:,">' +
        '<p style="color:#aaaaaa;background:#ffffff">Faint text</p></main></body></html>',
    );
    const violations = (await describeAxeViolations(page)).join('\n');
    expect(violations).toMatch(/^image-alt \[critical\]: Images must have alternative text — img/m);
    expect(violations).toMatch(/^color-contrast \[serious\]: .* — p/m);
  });

  test('every page of the app is on the list scanned here', () => {
    expect(pageScans.map((scan) => scan.route).sort(), 'app/**/page.tsx, each needs its row in pageMatrix').toEqual(listPagesOnDisk());
  });

  test('the drafting room at work (precedents, proposals, the composer, a comment) and a notification', async ({ browser }) => {
    // A bound on a hung test, not on speed: two delegations in the room on a loaded 2-core runner took over two minutes.
    test.setTimeout(240_000);
    await openDraft(chair, context.draftId);
    await editorOf(chair, 0).click();
    await expect(chair.getByTestId('precedent-count')).toHaveText(/\d+ precedents? for/);
    await expect(chair.getByTestId('precedent-hit').first()).toBeVisible();
    expect.soft(await describeAxeViolations(chair), 'room in open drafting, precedents shown').toEqual([]);
    await switchToNegotiation(chair);

    const eu = await openAs(browser, 'eu');
    await openDraft(eu, context.draftId);
    const first = (await editorOf(eu, 0).textContent()) ?? '';
    await proposeAmendment(eu, 'PP1', `${first.replace(/[.,;]$/, '')} in all its aspects,`);
    const paragraphId = await paragraphs(eu).first().getAttribute('data-paragraph-id');
    const comment = await eu.request.post(`/api/drafts/${context.draftId}/comments`, {
      data: { paragraphId, body: 'Could the Chair say where this language comes from?' },
    });
    expect(comment.status(), await comment.text()).toBe(201);
    await eu.getByRole('button', { name: 'Propose an amendment to PP2', exact: true }).click();
    await expect(eu.getByTestId('proposal-composer').getByLabel('Proposed wording')).toBeFocused();
    expect.soft(await describeAxeViolations(eu), 'room with the proposal composer open').toEqual([]);

    const field = eu.getByTestId('proposal-composer').getByLabel('Proposed wording');
    await field.fill(`${(await field.inputValue()).replace(/[.,;]$/, '')} and its follow-up,`);
    await eu.getByRole('button', { name: 'Submit proposal' }).click();

    // One proposal decided, one open: the room as the facilitator sees it mid-negotiation.
    await expect(proposalsOf(chair, 'EU')).toHaveCount(2);
    await proposalsOf(chair, 'EU')
      .filter({ hasText: 'and its follow-up' })
      .getByRole('button', { name: /^Accept/ })
      .click();
    await expect(proposalsOf(chair, 'EU').and(chair.locator('[data-status="accepted"]'))).toHaveCount(1);
    await expectNoAxeViolations(chair);
    await openParagraphMenu(chair, 'PP3');
    expect.soft(await describeAxeViolations(chair), "room with a paragraph's actions menu open").toEqual([]);
    await chair.keyboard.press('Escape');

    // The decision reaches the EU's feed: the notifications page with an entry in it.
    await expect(async () => {
      await eu.goto('/notifications');
      await expect(eu.getByTestId('notification').filter({ hasText: 'was accepted' }).first()).toBeVisible({ timeout: 2_000 });
    }).toPass();
    await expectNoAxeViolations(eu);
  });

  test('the room with a deadline banner and a silence banner, as the facilitator and a delegate see it', async ({ browser }) => {
    test.setTimeout(120_000);
    const created = await chair.request.post('/api/drafts', {
      data: { title: `Banners ${Date.now()}`, from: '10/3', negotiationId: context.negotiationId },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id: draftId } = (await created.json()) as { id: string };
    await openDraft(chair, draftId);
    const [first, second] = await Promise.all([0, 1].map((index) => paragraphs(chair).nth(index).getAttribute('data-paragraph-id')));
    const { timeZone } = (await (await chair.request.get(`/api/drafts/${draftId}/deadlines`)).json()) as { timeZone: string };
    const wallClock = (offset: number) => formatWallClockInput(new Date(Date.now() + offset), timeZone);
    // The draft's deadline already passed (the closed banner), one paragraph's still ahead, the other under silence.
    for (const data of [
      { paragraphId: '', closesAt: wallClock(-60_000), note: 'Amendments by the end of the morning' },
      { paragraphId: second, closesAt: wallClock(3_600_000), note: '' },
    ]) {
      const set = await chair.request.put(`/api/drafts/${draftId}/deadlines`, { data });
      expect(set.ok(), await set.text()).toBe(true);
    }
    const silence = await chair.request.post(`/api/drafts/${draftId}/silence`, {
      data: { paragraphIds: [first], outcome: 'agreed-ad-ref', deadline: new Date(Date.now() + 3_600_000).toISOString() },
    });
    expect(silence.status(), await silence.text()).toBe(201);

    const eu = await openAs(browser, 'eu');
    await openDraft(eu, draftId);
    for (const page of [chair, eu]) {
      await expect(page.getByTestId('draft-deadline')).toHaveAttribute('data-closed', 'true');
      await expect(page.getByTestId('paragraph-deadline')).toBeVisible();
      await expect(page.getByTestId('silence-banner')).toContainText('Silence procedure on PP1');
      await expect(paragraphs(page).first().getByTestId('paragraph-silence')).toBeVisible();
    }
    await chair.getByTestId('deadline-controls').locator('summary').click();
    await chair.getByTestId('silence-area').locator('details.silence-start summary').click();
    await expect(chair.getByTestId('deadline-list')).toBeVisible();
    expect.soft(await describeAxeViolations(chair), "the facilitator's room with deadline and silence banners").toEqual([]);
    await eu.getByTestId('silence-banner').getByRole('button', { name: 'Break silence' }).click();
    await expect(eu.getByLabel(/^Statement for/)).toBeVisible();
    expect.soft(await describeAxeViolations(eu), "a delegate's room with the banners and the break-silence form").toEqual([]);
    await eu.context().close();
  });

  test('every page the facilitator opens', async () => {
    // Some twenty pages, each loaded, settled and scanned: the same bound as the room's.
    test.setTimeout(240_000);
    const paths = pageScans.filter((scan) => scan.scanner === 'facilitator').map((scan) => scan.probe.path(context));
    paths.push(`/compare?a=revision:${context.revisionId}&b=draft:${context.draftId}`);
    await scanEach(chair, paths);
  });

  test('every administration page, and the pages of people signed out', async ({ browser }) => {
    const admin = await openAs(browser, 'admin');
    await scanEach(
      admin,
      pageScans.filter((scan) => scan.scanner === 'admin').map((scan) => scan.probe.path(context)),
    );
    await expectKeyboardLeaves(admin, '/admin/people');
    const signedOut: BrowserContext = await browser.newContext();
    const visitor = await signedOut.newPage();
    await scanEach(
      visitor,
      pageScans.filter((scan) => scan.scanner === 'signedOut').map((scan) => scan.probe.path(context)),
    );
    await expectKeyboardLeaves(visitor, '/signin');
  });

  // The drafting room's keyboard (roving focus, its menus) has tests of its own.
  test('the keyboard leaves every main page, and focus is always visible', async () => {
    const paths = [
      '/',
      '/search?q=demand',
      '/compare?a=10%2F3&b=11%2F5',
      '/corpus/cop-res-10-3',
      `/drafts/${context.draftId}/details`,
      `/negotiations/${context.negotiationId}/manage`,
    ];
    for (const path of paths) await expectKeyboardLeaves(chair, path);
  });
});
