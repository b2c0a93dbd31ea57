'use client';

import { useTranslations } from 'next-intl';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { diffWords } from '@/lib/compare/diff-words';
import { getParagraphMap, paragraphKeys, type ParagraphKind, type ParagraphSource } from '@/lib/draft';
import { readFragmentText } from '@/lib/editor';
import { AgreedLanguageReport } from './agreed-language-report';
import { buildCorpusLink, fetchAgreedLanguage, type AgreedLanguageCheck } from './precedent-api';
import { useDescribeRequestError } from './use-describe-request-error';
import { formatParagraphName, readParagraphSource } from './precedent-shape';
import './precedent.css';

interface ParagraphPrecedentMarksProps {
  doc: Y.Doc;
  paragraphId: string;
  /** The paragraph's current content; a new one (an undone deletion) means subscribing again. */
  fragment: Y.XmlFragment;
  kind: ParagraphKind;
  label: string;
}

type CheckState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'done'; text: string; result: AgreedLanguageCheck }
  | { status: 'failed'; message: string };

function readSource(doc: Y.Doc, id: string): ParagraphSource | null {
  return readParagraphSource(getParagraphMap(doc).get(id)?.get(paragraphKeys.source));
}

/** Source and text of one paragraph, following every change whoever makes it. */
function useParagraphSourceAndText(doc: Y.Doc, id: string, fragment: Y.XmlFragment) {
  const [source, setSource] = useState(() => readSource(doc, id));
  const [text, setText] = useState(() => readFragmentText(fragment));
  useEffect(() => {
    const paragraph = getParagraphMap(doc).get(id);
    const updateSource = () => setSource(readSource(doc, id));
    const updateText = () => setText(readFragmentText(fragment));
    updateSource();
    updateText();
    paragraph?.observe(updateSource);
    fragment.observeDeep(updateText);
    return () => {
      paragraph?.unobserve(updateSource);
      fragment.unobserveDeep(updateText);
    };
  }, [doc, id, fragment]);
  return { source, text };
}

/**
 * Beside a paragraph: where its words came from and how far they have moved
 * since, and the on-demand check of how much of it is agreed language.
 */
export function ParagraphPrecedentMarks({ doc, paragraphId, fragment, kind, label }: ParagraphPrecedentMarksProps) {
  const t = useTranslations('precedent');
  const { source, text } = useParagraphSourceAndText(doc, paragraphId, fragment);
  const [check, setCheck] = useState<CheckState>({ status: 'idle' });
  // Measuring drift can wait for a pause in typing; the keystroke cannot.
  const settledText = useDeferredValue(text);
  const drift = useMemo(() => {
    if (!source || settledText === source.text) return null;
    return diffWords(source.text, settledText).similarity;
  }, [source, settledText]);
  const name = formatParagraphName(kind, label);
  const describeError = useDescribeRequestError('checkFailed');

  const runCheck = async () => {
    const checked = text.trim();
    if (!checked) {
      setCheck({ status: 'failed', message: t('noTextToCheck', { name }) });
      return;
    }
    setCheck({ status: 'checking' });
    try {
      const result = await fetchAgreedLanguage(text);
      setCheck({ status: 'done', text, result });
    } catch (error) {
      setCheck({ status: 'failed', message: describeError(error) });
    }
  };

  return (
    <div className="precedent-marks">
      <div className="precedent-marks-row">
        {source && (
          <span className="precedent-citation" data-testid="citation-chip">
            <a href={buildCorpusLink(source.documentId, source.ref)} title={t('from', { citation: source.citation })}>
              <span className="visually-hidden">{t('source')}</span>
              {source.citation}
            </a>
            {drift !== null && (
              <span className="precedent-drift" data-testid="citation-drift">
                {t('drift', { percent: Math.round(drift * 100) })}
              </span>
            )}
          </span>
        )}
        <button
          type="button"
          className="precedent-check-button"
          aria-label={t('checkIn', { name })}
          disabled={check.status === 'checking'}
          onClick={() => void runCheck()}
        >
          {check.status === 'checking' ? t('checking') : t('check')}
        </button>
        {(check.status === 'done' || check.status === 'failed') && (
          <button
            type="button"
            className="precedent-check-button"
            aria-label={t('hideCheck', { name })}
            onClick={() => setCheck({ status: 'idle' })}
          >
            {t('hide')}
          </button>
        )}
      </div>
      <div aria-live="polite">
        {check.status === 'done' && (
          <AgreedLanguageReport name={name} text={check.text} result={check.result} stale={check.text !== text} />
        )}
        {check.status === 'failed' && <p className="error precedent-report">{check.message}</p>}
      </div>
    </div>
  );
}
