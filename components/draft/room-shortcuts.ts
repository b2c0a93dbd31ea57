'use client';

import { useEffect } from 'react';

/** Keys typed here are text, never shortcuts. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
}

interface RoomShortcutHandlers {
  openSheet(): void;
  goToParagraph(): void;
}

/** The room's own keys: "?" opens the shortcut sheet, "g" or Ctrl/⌘+G goes to a paragraph. */
export function useRoomShortcuts(handlers: RoomShortcutHandlers): void {
  const { openSheet, goToParagraph } = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'g') {
        event.preventDefault();
        goToParagraph();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (event.key === '?') {
        event.preventDefault();
        openSheet();
      } else if (event.key === 'g') {
        event.preventDefault();
        goToParagraph();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openSheet, goToParagraph]);
}
