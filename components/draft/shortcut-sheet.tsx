'use client';

import { useTranslations } from 'next-intl';
import { forwardRef, useImperativeHandle, useRef, type KeyboardEvent } from 'react';

export interface ShortcutSheetHandle {
  open(): void;
}

/** Each shortcut's keys and the message keys of its keys' words (where they have words) and of what it does. */
const shortcuts = [
  { keys: 'Tab', what: 'tab' },
  { keys: '↑ / ↓, Home / End', what: 'arrows' },
  { keys: 'Enter', what: 'enter' },
  { keys: 'Escape', what: 'escape' },
  { keys: 'Alt+Enter, Shift+F10', what: 'actions' },
  { keys: 'g, Ctrl/⌘+G', what: 'goTo' },
  { keys: '?', what: 'sheet' },
  { keys: 'Enter', where: 'inText', what: 'enterInText' },
  { keys: 'Backspace', where: 'atStart', what: 'backspace' },
  { keys: 'Alt+↑ / Alt+↓', what: 'move' },
  { keys: 'Ctrl/⌘+Z, Ctrl/⌘+Shift+Z', what: 'undo' },
  { keys: 'Shift+Enter', what: 'lineBreak' },
] as const;

const focusableSelector = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Keeps Tab inside the open sheet, whatever the browser does at the dialog's edges. */
function trapTab(event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab') return;
  const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(focusableSelector)];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/** The room's shortcuts in a modal dialog ("?"); Escape closes it and focus returns where it was. */
export const ShortcutSheet = forwardRef<ShortcutSheetHandle>(function ShortcutSheet(_props, ref) {
  const t = useTranslations('room.shortcuts');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnRef = useRef<HTMLElement | null>(null);
  useImperativeHandle(ref, () => ({
    open() {
      const dialog = dialogRef.current;
      if (!dialog || dialog.open) return;
      returnRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    },
  }));
  return (
    <dialog
      ref={dialogRef}
      className="card draft-shortcuts"
      aria-labelledby="draft-shortcuts-title"
      data-testid="shortcut-sheet"
      onKeyDown={trapTab}
      onClose={() => {
        returnRef.current?.focus();
        returnRef.current = null;
      }}
    >
      <h2 id="draft-shortcuts-title">{t('title')}</h2>
      <dl>
        {shortcuts.map((shortcut) => {
          const keys = 'where' in shortcut ? `${shortcut.keys} ${t(shortcut.where)}` : shortcut.keys;
          return (
            <div key={keys}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{t(shortcut.what)}</dd>
            </div>
          );
        })}
      </dl>
      <form method="dialog">
        <button type="submit" className="button secondary">
          {t('close')}
        </button>
      </form>
    </dialog>
  );
});
