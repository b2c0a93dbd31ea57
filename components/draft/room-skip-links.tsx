'use client';

import { useTranslations } from 'next-intl';

/** Focuses an element a skip link points at, making it focusable by script if it is not already. */
function focusTarget(element: HTMLElement | null): void {
  if (!element) return;
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.scrollIntoView({ block: 'start' });
  element.focus();
}

function findCurrentRow(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-roving-row][tabindex="0"]') ?? document.querySelector<HTMLElement>('[data-roving-row]');
}

function findProposals(): HTMLElement | null {
  const proposal = document.querySelector('[data-roving-row] [data-testid="proposal"]');
  return proposal?.closest<HTMLElement>('[data-roving-row]') ?? document.querySelector<HTMLElement>('[data-testid="negotiation-bar"]');
}

const targets = {
  text: () => findCurrentRow() ?? document.getElementById('draft-text'),
  proposals: () => findProposals() ?? findCurrentRow(),
  precedent: () => document.querySelector<HTMLElement>('[data-testid="precedent-panel"]'),
} as const;

function skipTo(target: keyof typeof targets) {
  return () => focusTarget(targets[target]());
}

/** Skip links (buttons: their targets are found when followed) that appear on focus at the top of the room: past the header to the text, the proposals, the precedent panel. */
export function RoomSkipLinks() {
  const t = useTranslations('room.skipLinks');
  return (
    <nav className="skip-links" aria-label={t('label')}>
      <button type="button" className="skip-link" onClick={skipTo('text')}>
        {t('text')}
      </button>
      <button type="button" className="skip-link" onClick={skipTo('proposals')}>
        {t('proposals')}
      </button>
      <button type="button" className="skip-link" onClick={skipTo('precedent')}>
        {t('precedent')}
      </button>
    </nav>
  );
}
