/** The row a key moves to in a list of `count` rows from `index`; null when the key is not a move. */
export function readRovingIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return Math.min(index + 1, count - 1);
    case 'ArrowUp':
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

const focusableSelector = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]';
/** Where an element's own tab index waits while its row is not the current one. */
const heldAttribute = 'data-roving-held';

/**
 * Keeps the paragraph list to one tab stop: only the current row and the
 * controls inside it are reached by Tab; every other row and everything in it
 * is taken out of the tab order (and put back when its row becomes current).
 * Other components render controls inside rows, so this works on the DOM.
 */
export function applyRovingTabStops(rows: readonly HTMLElement[], current: HTMLElement | null): void {
  for (const row of rows) {
    const isCurrent = row === current;
    row.tabIndex = isCurrent ? 0 : -1;
    for (const element of row.querySelectorAll<HTMLElement>(focusableSelector)) {
      if (element.closest('[data-roving-row]') !== row) continue;
      const held = element.getAttribute(heldAttribute);
      if (isCurrent) {
        if (held === null) continue;
        if (held === '') element.removeAttribute('tabindex');
        else element.setAttribute('tabindex', held);
        element.removeAttribute(heldAttribute);
      } else if (held === null && element.tabIndex >= 0) {
        element.setAttribute(heldAttribute, element.getAttribute('tabindex') ?? '');
        element.tabIndex = -1;
      }
    }
  }
}
