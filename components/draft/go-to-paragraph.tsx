'use client';

import { useTranslations } from 'next-intl';
import { forwardRef, useState } from 'react';
import { findReferencedParagraph, formatParagraphReference, parseParagraphReference } from '@/lib/draft/paragraph-reference';
import type { ParagraphView } from './draft-view-store';

interface GoToParagraphProps {
  paragraphs: readonly ParagraphView[];
}

/** Focuses a paragraph's row; false when the room does not show it. */
export function focusParagraphRow(id: string): boolean {
  const row = document.getElementById(`paragraph-${id}`);
  if (!row) return false;
  row.scrollIntoView({ block: 'center' });
  row.focus();
  return true;
}

/** "Go to paragraph": the delegate types PP3, OP 12, 12 or OP 3 (a) and lands on that paragraph's row. */
export const GoToParagraph = forwardRef<HTMLInputElement, GoToParagraphProps>(function GoToParagraph({ paragraphs }, ref) {
  const t = useTranslations('room');
  const [message, setMessage] = useState('');
  return (
    <form
      className="draft-goto"
      onSubmit={(event) => {
        event.preventDefault();
        const field = event.currentTarget.elements.namedItem('paragraph') as HTMLInputElement;
        const reference = parseParagraphReference(field.value);
        if (!reference) {
          setMessage(t('goToNotAParagraph', { value: field.value.trim() }));
          return;
        }
        const index = findReferencedParagraph(paragraphs, reference);
        const paragraph = paragraphs[index];
        if (!paragraph || !focusParagraphRow(paragraph.id)) {
          setMessage(t('goToNoParagraph', { reference: formatParagraphReference(reference) }));
          return;
        }
        setMessage('');
        field.value = '';
      }}
    >
      <label>
        {t('goToLabel')}{' '}
        <input
          ref={ref}
          name="paragraph"
          type="text"
          size={8}
          placeholder="OP 12"
          autoComplete="off"
          aria-describedby="draft-goto-message"
        />
      </label>{' '}
      <button type="submit" className="draft-tool">
        {t('goToSubmit')}
      </button>
      <span id="draft-goto-message" role="status" className="draft-goto-message" data-testid="goto-message">
        {message}
      </span>
    </form>
  );
});
