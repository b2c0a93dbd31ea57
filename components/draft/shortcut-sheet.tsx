'use client';

import { forwardRef, useImperativeHandle, useRef, type KeyboardEvent } from 'react';

export interface ShortcutSheetHandle {
  open(): void;
}

const shortcuts: readonly [keys: string, what: string][] = [
  ['Tab', 'Into the paragraph list (one stop), its current paragraph’s actions, then on to the precedent panel.'],
  ['↑ / ↓, Home / End', 'On a paragraph: the one before or after, the first or the last.'],
  ['Enter', 'On a paragraph: into its text.'],
  ['Escape', 'In the text: back to its paragraph, text kept.'],
  ['Alt+Enter, Shift+F10', 'On a paragraph or in its text: the paragraph’s actions (move, insert, split, merge, kind, status, delete).'],
  ['g, Ctrl/⌘+G', 'Go to paragraph: type PP3, OP 12, 12 or OP 3 (a).'],
  ['?', 'This list.'],
  ['Enter (in the text)', 'At the end: new paragraph after it; elsewhere: split there (also Ctrl/⌘+Enter).'],
  ['Backspace (at the start)', 'Merge with the paragraph before.'],
  ['Alt+↑ / Alt+↓', 'On a paragraph or in its text: move the paragraph.'],
  ['Ctrl/⌘+Z, Ctrl/⌘+Shift+Z', 'Undo and redo across the whole draft.'],
  ['Shift+Enter', 'Line break inside the paragraph. Ctrl/⌘+I: italics for opening words.'],
];

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
      <h2 id="draft-shortcuts-title">Keyboard shortcuts</h2>
      <dl>
        {shortcuts.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="button secondary">
          Close
        </button>
      </form>
    </dialog>
  );
});
