import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** WCAG 2.1 level A and AA: what the issue promises on every page. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeScope {
  /** CSS selectors the scan is limited to (the whole page without them). */
  include?: string[];
  /** CSS selectors left out of the scan. */
  exclude?: string[];
}

/**
 * Runs axe-core in the page as it is now and describes each violation on one line: rule, impact, what to do and the
 * first few elements, so a CI log says what to fix without opening a trace.
 */
export async function describeAxeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(wcagTags);
  for (const selector of scope.include ?? []) builder = builder.include(selector);
  for (const selector of scope.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  return violations.map((violation) => {
    const targets = violation.nodes
      .slice(0, 3)
      .map((node) => {
        const detail = node.failureSummary?.split('\n').slice(1, 2).join('').trim();
        return `${node.target.join(' ')}${detail ? ` (${detail})` : ''}`;
      })
      .join('; ');
    const more = violation.nodes.length > 3 ? ` … and ${violation.nodes.length - 3} more` : '';
    return `${violation.id} [${violation.impact ?? 'unknown'}]: ${violation.help} — ${targets}${more}`;
  });
}

/** Fails with every axe-core violation (WCAG 2.1 A/AA) found on the page or in the given part of it. */
export async function expectNoAxeViolations(page: Page, scope: AxeScope = {}): Promise<void> {
  const violations = await describeAxeViolations(page, scope);
  expect(violations, `axe-core violations on ${page.url()}:\n${violations.join('\n')}`).toEqual([]);
}
