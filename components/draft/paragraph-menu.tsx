'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { paragraphStatuses } from '@/lib/draft';
import type { ParagraphView } from './draft-view-store';
import { emptyTypeahead, isTypeaheadKey, typeIntoMenu } from './menu-typeahead';
import type { ParagraphCommands, ParagraphRights } from './paragraph-actions';
import { kindChoices, readKindChoice } from './paragraph-labels';
import { readRovingIndex } from './roving-focus';

interface ParagraphMenuProps {
  paragraph: ParagraphView;
  isFirst: boolean;
  isLast: boolean;
  rights: ParagraphRights;
  commands: ParagraphCommands;
}

/** Marks the menu button so the row's shortcut (Alt+Enter, Shift+F10, the menu key) can open it. */
export const paragraphMenuButtonAttribute = 'data-paragraph-menu';

const itemSelector = '[role^="menuitem"]';
const rowSelector = '[data-roving-row]';

type FocusReturn = 'button' | 'row' | 'none';

/** An item's name as a screen reader says it: its label where it has one, else its visible words. */
function readItemName(item: HTMLElement): string {
  return item.getAttribute('aria-label') ?? item.textContent ?? '';
}

function hasActions(rights: ParagraphRights): boolean {
  return rights.setKind || rights.setStatus || rights.freeze || rights.move || rights.insert || rights.editText || rights.remove;
}

/**
 * A paragraph's actions behind one menu button (WAI-ARIA menu button): the
 * room shows one control per paragraph instead of eight. Items keep the names
 * the buttons had ("Delete paragraph PP2"); kind and status are radio groups.
 */
export function ParagraphMenu({ paragraph, isFirst, isLast, rights, commands }: ParagraphMenuProps) {
  const { label, status, frozen } = paragraph;
  const t = useTranslations('room');
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const typeahead = useRef(emptyTypeahead);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  useEffect(() => {
    if (!open) return undefined;
    const closeOutside = (event: PointerEvent) => {
      if (!buttonRef.current?.parentElement?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);
  if (!hasActions(rights)) return null;

  const items = () => [...(menuRef.current?.querySelectorAll<HTMLElement>(itemSelector) ?? [])];
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };
  // Actions that put the caret into a paragraph (insert, split, merge, delete) leave it there; a moved
  // paragraph keeps focus on its row, so the arrows go on from where it landed.
  const act =
    (action: () => void, returnTo: FocusReturn = 'none') =>
    () => {
      close(returnTo === 'button');
      if (returnTo === 'row') buttonRef.current?.closest<HTMLElement>(rowSelector)?.focus();
      action();
    };

  // Focus leaving both the button and the menu (a click elsewhere, Tab) closes it.
  const closeOnLeave = (event: FocusEvent) => {
    const related = event.relatedTarget as Node | null;
    // Without a next focus (a click on plain text, or Safari not focusing clicked buttons) the pointer listener decides.
    if (open && related && !buttonRef.current?.parentElement?.contains(related)) setOpen(false);
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLElement);
    const next = readRovingIndex(event.key, index, list.length);
    if (next !== null) {
      event.preventDefault();
      const wrapped =
        event.key === 'ArrowDown' && index === list.length - 1 ? 0 : event.key === 'ArrowUp' && index === 0 ? list.length - 1 : next;
      list[wrapped]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    } else if (isTypeaheadKey(event)) {
      // A letter typed in the menu searches it: the room's own single-key shortcuts ("g", "?") stay quiet.
      event.preventDefault();
      event.stopPropagation();
      const typed = typeIntoMenu(typeahead.current, event.key, event.timeStamp, list.map(readItemName), index, locale);
      typeahead.current = typed.buffer;
      if (typed.match !== null) list[typed.match]?.focus();
    }
  };

  const item = (name: string, text: ReactNode, action: () => void, returnTo: FocusReturn = 'none', danger = false) => (
    <button
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={danger ? 'draft-menu-item danger' : 'draft-menu-item'}
      aria-label={name}
      onClick={act(action, returnTo)}
    >
      {text}
    </button>
  );

  return (
    <div className="draft-menu">
      <button
        ref={buttonRef}
        type="button"
        className="draft-tool draft-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('menu.name', { label })}
        title={t('menu.title')}
        {...{ [paragraphMenuButtonAttribute]: '' }}
        onBlur={closeOnLeave}
        onClick={() => {
          if (open) close(false);
          else {
            setOpen(true);
            requestAnimationFrame(() => items()[0]?.focus());
          }
        }}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
          event.preventDefault();
          setOpen(true);
          requestAnimationFrame(() => {
            const list = items();
            (event.key === 'ArrowDown' ? list[0] : list.at(-1))?.focus();
          });
        }}
      >
        {t('menu.button')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={t('menu.name', { label })}
          className="draft-menu-list"
          onKeyDown={onMenuKeyDown}
          onBlur={closeOnLeave}
        >
          {rights.move && !isFirst && item(t('menu.moveUpName', { label }), t('menu.moveUp'), () => commands.move(-1), 'row')}
          {rights.move && !isLast && item(t('menu.moveDownName', { label }), t('menu.moveDown'), () => commands.move(1), 'row')}
          {rights.insert && item(t('menu.insertName', { label }), t('menu.insert'), commands.insertAfter)}
          {rights.editText && item(t('menu.splitName', { label }), t('menu.split'), commands.split)}
          {rights.merge && !isFirst && item(t('menu.mergeName', { label }), t('menu.merge'), commands.merge)}
          {rights.freeze && (
            <button
              type="button"
              role="menuitemcheckbox"
              tabIndex={-1}
              className="draft-menu-item"
              aria-checked={frozen}
              aria-label={t('menu.freezeName', { label })}
              onClick={act(() => commands.setFrozen(!frozen), 'button')}
            >
              {frozen ? t('menu.frozen') : t('menu.freeze')}
            </button>
          )}
          {rights.setKind && (
            <fieldset aria-label={t('menu.kindName', { label })} className="draft-menu-group">
              <span className="draft-menu-heading" aria-hidden="true">
                {t('menu.kind')}
              </span>
              {kindChoices.map((choice) => (
                <button
                  key={choice.value}
                  type="button"
                  role="menuitemradio"
                  tabIndex={-1}
                  className="draft-menu-item"
                  data-value={choice.value}
                  aria-checked={readKindChoice(paragraph.kind, paragraph.depth) === choice.value}
                  onClick={act(() => commands.setKind(choice.kind, choice.depth), 'button')}
                >
                  {t(`kinds.${choice.value}`)}
                </button>
              ))}
            </fieldset>
          )}
          {rights.setStatus && (
            <fieldset aria-label={t('menu.statusName', { label })} className="draft-menu-group">
              <span className="draft-menu-heading" aria-hidden="true">
                {t('menu.status')}
              </span>
              {paragraphStatuses.map((value) => (
                <button
                  key={value}
                  type="button"
                  role="menuitemradio"
                  tabIndex={-1}
                  className="draft-menu-item"
                  data-value={value}
                  aria-checked={status === value}
                  onClick={act(() => commands.setStatus(value), 'button')}
                >
                  {t(`statuses.${value}`)}
                </button>
              ))}
            </fieldset>
          )}
          {rights.remove && item(t('menu.deleteName', { label }), t('menu.delete'), commands.remove, 'none', true)}
        </div>
      )}
    </div>
  );
}
