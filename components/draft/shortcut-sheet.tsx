'use client';

import { useTranslations } from 'next-intl';
import { forwardRef, useImperativeHandle, useRef, type KeyboardEvent } from 'react';

export interface ShortcutSheetHandle {
  open(): void;
}

/** Each shortcut's message keys: its keys' names (keys.<what>, as each language names them), where it works, what it does. */
const shortcuts = [
  { what: 'tab' },
  { what: 'arrows' },
  { what: 'enter' },
  { what: 'escape' },
  { what: 'actions' },
  { what: 'goTo' },
  { what: 'sheet' },
  { where: 'inText', what: 'enterInText' },
  { where: 'atStart', what: 'backspace' },
  { what: 'move' },
  { what: 'undo' },
  { what: 'lineBreak' },
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
          const keys = 'where' in shortcut ? `${t(`keys.${shortcut.what}`)} ${t(shortcut.where)}` : t(`keys.${shortcut.what}`);
          return (
            <div key={shortcut.what}>
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
