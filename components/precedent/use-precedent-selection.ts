'use client';

import { useEffect, useState, type RefObject } from 'react';

export interface PrecedentSelection {
  /** Key of the precedent the words were selected in. */
  key: string;
  text: string;
}

const textSelector = '[data-precedent-text]';

function findTextElement(node: Node | null): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>(textSelector) ?? null;
}

/**
 * Words the delegate has selected inside one precedent's text in the panel,
 * or null. A selection that strays outside that one text does not count: the
 * words inserted must be words of a single precedent.
 */
export function usePrecedentSelection(panel: RefObject<HTMLElement | null>): PrecedentSelection | null {
  const [selection, setSelection] = useState<PrecedentSelection | null>(null);
  useEffect(() => {
    const update = () => {
      const current = document.getSelection();
      const root = panel.current;
      if (!current || current.isCollapsed || !root) {
        setSelection(null);
        return;
      }
      const anchor = findTextElement(current.anchorNode);
      const focus = findTextElement(current.focusNode);
      const key = anchor?.dataset.precedentText;
      const text = current.toString().replace(/\s+/g, ' ').trim();
      if (!anchor || anchor !== focus || !root.contains(anchor) || !key || !text) {
        setSelection(null);
        return;
      }
      setSelection((previous) => (previous?.key === key && previous.text === text ? previous : { key, text }));
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [panel]);
  return selection;
}
