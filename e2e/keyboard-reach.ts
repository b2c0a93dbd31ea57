import type { Page } from '@playwright/test';

/** One stop of the Tab key: what it reached and how its focus is drawn. */
export interface TabStop {
  /** Tag, id or name and text: enough for a failure message to say which control. */
  label: string;
  /** The focus outline's style ("none" when the control draws none). */
  outlineStyle: string;
  /** The outline's colour and the background behind it, as "#rrggbb" (null when no opaque background is found). */
  outlineColour: string;
  background: string | null;
}

/**
 * Presses Tab from the top until focus leaves the page (or wraps round to its first stop) or `limit` presses,
 * recording each stop. A page with a keyboard trap never lets focus leave: the stops then repeat to the limit.
 */
export async function tabThroughPage(page: Page, limit: number): Promise<{ stops: TabStop[]; left: boolean }> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    delete (window as unknown as { firstTabStop?: Element }).firstTabStop;
  });
  const stops: TabStop[] = [];
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      // Some browsers wrap round to the first stop instead of leaving the page: that is leaving too.
      const seen = window as unknown as { firstTabStop?: Element };
      if (seen.firstTabStop === element) return null;
      seen.firstTabStop ??= element;
      const toHex = (colour: string): string | null => {
        const parts = colour.match(/[\d.]+/g)?.map(Number);
        if (!parts || parts.length < 3 || (parts.length > 3 && parts[3] === 0)) return null;
        return `#${parts
          .slice(0, 3)
          .map((channel) => Math.round(channel).toString(16).padStart(2, '0'))
          .join('')}`;
      };
      let background: string | null = null;
      for (let ancestor = element.parentElement; ancestor && !background; ancestor = ancestor.parentElement) {
        background = toHex(getComputedStyle(ancestor).backgroundColor);
      }
      const style = getComputedStyle(element);
      const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
      return {
        label: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${name}"`,
        outlineStyle: style.outlineStyle,
        outlineColour: toHex(style.outlineColor) ?? '#000000',
        background: background ?? '#ffffff',
      };
    });
    if (!stop) return { stops, left: true };
    stops.push(stop);
  }
  return { stops, left: false };
}
