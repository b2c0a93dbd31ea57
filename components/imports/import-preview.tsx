'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { formatRefLabel } from '@/lib/corpus/refs';
import type { CorpusDocument, CorpusParagraph, ParagraphKind } from '@/lib/corpus/types';
import { changeParagraphKind, detectNumbering, mergeWithNext, renumberParagraphs } from '@/lib/imports/correct-imported-paragraphs';
import './import-preview.css';

const kinds: ParagraphKind[] = ['preambular', 'operative', 'subparagraph'];

export interface NotImported {
  trackedChanges: { type: 'insertion' | 'deletion'; author: string; text: string }[];
  comments: { author: string; text: string }[];
}

function ParagraphText({ paragraph }: { paragraph: CorpusParagraph }) {
  const { lead, text } = paragraph;
  if (lead && text.startsWith(lead))
    return (
      <p className="import-preview-text">
        <em>{lead}</em>
        {text.slice(lead.length)}
      </p>
    );
  return <p className="import-preview-text">{text}</p>;
}

/**
 * What the reader recovered from a file, before anything is saved: each
 * paragraph with its kind, reference, italic lead and notes. A kind can be
 * corrected and a paragraph merged with the next; references follow at once
 * (the server recomputes them again when saving). Every change is announced.
 */
export function ImportPreview({
  document,
  warnings,
  notImported,
  saving,
  saveLabel,
  error,
  onSave,
  onCancel,
}: {
  document: CorpusDocument;
  warnings: string[];
  notImported?: NotImported;
  saving: boolean;
  saveLabel: string;
  /** Why saving failed (nothing was saved); the preview stays, so the corrections are not lost. */
  error?: string;
  onSave: (paragraphs: CorpusParagraph[]) => void;
  onCancel: () => void;
}) {
  const t = useTranslations('imports');
  // Shown as they will be saved: the server numbers the same way, so what is shown is what is imported.
  const [paragraphs, setParagraphs] = useState(() => renumberParagraphs(document.paragraphs, detectNumbering(document.paragraphs)));
  const [announcement, setAnnouncement] = useState('');

  function changeKind(index: number, kind: ParagraphKind) {
    const next = changeParagraphKind(paragraphs, index, kind);
    setParagraphs(next);
    setAnnouncement(t('kindChanged', { number: index + 1, kind, ref: formatRefLabel(next[index].ref) }));
  }

  function merge(index: number) {
    const first = formatRefLabel(paragraphs[index].ref);
    const second = formatRefLabel(paragraphs[index + 1].ref);
    const next = mergeWithNext(paragraphs, index);
    setParagraphs(next);
    setAnnouncement(t('merged', { first, second, merged: formatRefLabel(next[index].ref), count: next.length }));
    // Merging the last pair removes the button that had focus; the keyboard goes on from the merged paragraph's kind.
    if (index === next.length - 1) requestAnimationFrame(() => globalThis.document.getElementById(`import-kind-${index}`)?.focus());
  }

  const counts: Record<ParagraphKind, number> = { preambular: 0, operative: 0, subparagraph: 0 };
  for (const paragraph of paragraphs) counts[paragraph.kind] += 1;
  const unread = (notImported?.trackedChanges.length ?? 0) + (notImported?.comments.length ?? 0);

  return (
    <section className="import-preview" aria-labelledby="import-preview-heading" data-testid="import-preview">
      <h2 id="import-preview-heading">{t('heading')}</h2>
      <p className="muted">
        {t.rich('summary', {
          title: document.title,
          kind: document.kind,
          // The year and the body are the document's own words, not numbers to format.
          year: String(document.year),
          body: document.body ? `, ${document.body}` : '',
          count: paragraphs.length,
          preambular: counts.preambular,
          operative: counts.operative,
          subparagraphs: counts.subparagraph,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      {document.chapeau && (
        <p>
          <span className="import-preview-ref">{t('chapeau')}</span> {document.chapeau}
        </p>
      )}
      {warnings.length > 0 && (
        <div>
          <h3>{t('warnings')}</h3>
          <ul data-testid="import-preview-warnings">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      {notImported && unread > 0 && (
        <div>
          <h3>{t('notImported')}</h3>
          <ul data-testid="not-imported">
            {notImported.trackedChanges.map((change, index) => (
              <li key={`c${index}`}>{t('trackedChange', { author: change.author, type: change.type, text: change.text })}</li>
            ))}
            {notImported.comments.map((comment, index) => (
              <li key={`m${index}`}>{t('commented', { author: comment.author, text: comment.text })}</li>
            ))}
          </ul>
        </div>
      )}
      <ol className="import-preview-list" aria-label={t('paragraphList')}>
        {paragraphs.map((paragraph, index) => {
          const label = formatRefLabel(paragraph.ref);
          return (
            // The list is rebuilt from the kinds on every change, so the position is the identity.
            <li key={index} className={`import-preview-item depth-${paragraph.depth}`} data-testid="preview-paragraph">
              <div className="import-preview-head">
                <span className="import-preview-ref" data-testid="preview-ref">
                  {label}
                </span>
                <label>
                  <span className="visually-hidden">{t('kindOf', { number: index + 1 })}</span>
                  <select
                    id={`import-kind-${index}`}
                    value={paragraph.kind}
                    disabled={saving}
                    onChange={(event) => changeKind(index, event.target.value as ParagraphKind)}
                  >
                    {kinds.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`kindLabels.${kind}`)}
                      </option>
                    ))}
                  </select>
                </label>
                {index < paragraphs.length - 1 && (
                  <button
                    type="button"
                    className="button secondary"
                    disabled={saving}
                    aria-label={t('mergeLabel', { number: index + 1, ref: label })}
                    onClick={() => merge(index)}
                  >
                    {t('merge')}
                  </button>
                )}
              </div>
              <ParagraphText paragraph={paragraph} />
              {paragraph.notes && paragraph.notes.length > 0 && (
                <ol className="import-preview-notes" aria-label={t('notesOf', { ref: label })}>
                  {paragraph.notes.map((note, at) => (
                    <li key={at}>{note}</li>
                  ))}
                </ol>
              )}
            </li>
          );
        })}
      </ol>
      <p aria-live="polite" className="muted" data-testid="import-preview-announcement">
        {announcement}
      </p>
      <div className="import-preview-actions">
        <button type="button" className="button" disabled={saving} onClick={() => onSave(paragraphs)}>
          {saving ? t('importing') : saveLabel}
        </button>
        <button type="button" className="button secondary" disabled={saving} onClick={onCancel}>
          {t('chooseAnother')}
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
