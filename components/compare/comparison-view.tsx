'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ComparisonPair, ComparisonSummary, DiffOp } from '@/lib/compare';
import { formatRefLabel } from '@/lib/corpus/refs';
import './compare.css';

interface ComparisonViewProps {
  pairs: ComparisonPair[];
  summary: ComparisonSummary;
  left: string;
  right: string;
}

const statusOrder: (keyof ComparisonSummary)[] = ['changed', 'moved', 'new', 'deleted', 'split', 'merged', 'unchanged'];

function renderOps(ops: DiffOp[], side: 'old' | 'new' | 'both') {
  return ops.map(([op, text], index) => {
    if (op === 0) return <span key={index}>{text}</span>;
    if (op === -1)
      return side === 'new' ? null : (
        <del key={index} className="diff">
          {text}
        </del>
      );
    return side === 'old' ? null : (
      <ins key={index} className="diff">
        {text}
      </ins>
    );
  });
}

type CompareTranslate = ReturnType<typeof useTranslations<'compare'>>;

function describePair(pair: ComparisonPair, t: CompareTranslate): string {
  const from = pair.fromRefs?.length ? pair.fromRefs.map(formatRefLabel).join(' + ') : pair.from ? formatRefLabel(pair.from) : '';
  const to = pair.toRefs?.length ? pair.toRefs.map(formatRefLabel).join(' + ') : pair.to ? formatRefLabel(pair.to) : '';
  const status = t('status', { status: pair.status });
  if (pair.status === 'new') return t('pairNew', { to });
  if (pair.status === 'deleted') return t('pairDeleted', { from });
  if (from === to) return t('pairSame', { to, status });
  return t(pair.moved && pair.status !== 'moved' ? 'pairRenumberedMoved' : 'pairRenumbered', { from, to, status });
}

function PairLabel({ pair }: { pair: ComparisonPair }) {
  const t = useTranslations('compare');
  return (
    <div className="pair-label">
      {/* The description below says the status again, in its sentence. */}
      <span className="status" aria-hidden="true">
        {t('status', { status: pair.status })}
      </span>
      <span>{describePair(pair, t)}</span>
      {pair.status !== 'unchanged' && pair.status !== 'new' && pair.status !== 'deleted' && (
        <span>{t('alike', { percent: Math.round(pair.similarity * 100) })}</span>
      )}
      {pair.attribution && <span className="attribution">{pair.attribution}</span>}
    </div>
  );
}

export function ComparisonView({ pairs, summary, left, right }: ComparisonViewProps) {
  const t = useTranslations('compare');
  const [mode, setMode] = useState<'synoptic' | 'redline'>('synoptic');
  const [onlyChanges, setOnlyChanges] = useState(false);
  const [onlyOperative, setOnlyOperative] = useState(false);
  const [current, setCurrent] = useState(-1);
  const rows = useRef(new Map<number, HTMLElement>());
  // A pair's row is a table row side by side and a list item in the redline; both answer to the same navigation.
  const readRowProps = (pair: ComparisonPair, index: number) => ({
    tabIndex: -1,
    'data-testid': 'pair',
    'data-status': pair.status,
    'data-from': pair.from ?? '',
    'data-to': pair.to ?? '',
    ref: (element: HTMLElement | null) => {
      if (element) rows.current.set(index, element);
      else rows.current.delete(index);
    },
  });

  const shown = useMemo(
    () =>
      pairs
        .map((pair, index) => ({ pair, index }))
        .filter(({ pair }) => (!onlyChanges || pair.status !== 'unchanged') && (!onlyOperative || pair.kind !== 'preambular')),
    [pairs, onlyChanges, onlyOperative],
  );
  const changes = useMemo(() => shown.filter(({ pair }) => pair.status !== 'unchanged').map(({ index }) => index), [shown]);

  const goTo = useCallback(
    (direction: 1 | -1) => {
      if (!changes.length) return;
      const position = changes.findIndex((index) => (direction === 1 ? index > current : index >= current));
      let next: number;
      if (direction === 1) next = position === -1 ? changes[0]! : changes[position]!;
      else next = position <= 0 ? changes[changes.length - 1]! : changes[position - 1]!;
      setCurrent(next);
      const row = rows.current.get(next);
      row?.scrollIntoView({ block: 'center' });
      row?.focus({ preventScroll: true });
    },
    [changes, current],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (target.closest('input:not([type=checkbox]), select, textarea')) return;
      if (event.key === 'j' || event.key === 'n') goTo(1);
      if (event.key === 'k' || event.key === 'p') goTo(-1);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo]);

  const position = changes.indexOf(current);
  return (
    <>
      <ul className="compare-summary" aria-label={t('summary')}>
        {statusOrder.map((status) => (
          <li key={status} className={`status-${status}`} data-testid={`summary-${status}`}>
            <strong>{summary[status]}</strong> {t('status', { status })}
          </li>
        ))}
      </ul>
      <div className="compare-toolbar">
        <fieldset className="bare-group" aria-label={t('view')}>
          <button
            type="button"
            className={`button ${mode === 'synoptic' ? '' : 'secondary'}`}
            aria-pressed={mode === 'synoptic'}
            onClick={() => setMode('synoptic')}
          >
            {t('sideBySide')}
          </button>{' '}
          <button
            type="button"
            className={`button ${mode === 'redline' ? '' : 'secondary'}`}
            aria-pressed={mode === 'redline'}
            onClick={() => setMode('redline')}
          >
            {t('redline')}
          </button>
        </fieldset>
        <label>
          <input type="checkbox" checked={onlyChanges} onChange={(event) => setOnlyChanges(event.target.checked)} /> {t('onlyChanges')}
        </label>
        <label>
          <input type="checkbox" checked={onlyOperative} onChange={(event) => setOnlyOperative(event.target.checked)} />{' '}
          {t('onlyOperative')}
        </label>
        <span>
          <button type="button" className="button secondary" onClick={() => goTo(-1)} aria-keyshortcuts="k">
            {t('previousChange')}
          </button>{' '}
          <button type="button" className="button secondary" onClick={() => goTo(1)} aria-keyshortcuts="j">
            {t('nextChange')}
          </button>{' '}
          <span className="muted" aria-live="polite">
            {position >= 0 ? t('changeOf', { position: position + 1, count: changes.length }) : t('changesKeys', { count: changes.length })}
          </span>
        </span>
      </div>
      {mode === 'synoptic' ? (
        <table className="compare-grid" aria-label={t('comparedWith', { left, right })}>
          <thead>
            <tr>
              <th scope="col" className="head">
                {left}
              </th>
              <th scope="col" className="head">
                {right}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ pair, index }) => (
              <tr key={index} className={`pair status-${pair.status}${index === current ? ' current' : ''}`} {...readRowProps(pair, index)}>
                <td>
                  <PairLabel pair={pair} />
                  {pair.status === 'new' ? <span className="empty">{t('notInText')}</span> : renderOps(pair.ops, 'old')}
                </td>
                <td>{pair.status === 'deleted' ? <span className="empty">{t('deleted')}</span> : renderOps(pair.ops, 'new')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <ol className="redline" aria-label={t('redlineOf', { left, right })}>
          {shown.map(({ pair, index }) => (
            <li
              key={index}
              className={`pair-row status-${pair.status}${index === current ? ' current' : ''}`}
              {...readRowProps(pair, index)}
            >
              <PairLabel pair={pair} />
              {renderOps(pair.ops, 'both')}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
