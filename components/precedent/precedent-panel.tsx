'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, useState, useSyncExternalStore } from 'react';
import { AlsoIn } from '@/components/search/also-in';
import { HighlightedText } from '@/components/search/highlighted-text';
import { rateCoverage } from '@/lib/search/rate-coverage';
import type { DraftView } from '@/components/draft/draft-view-store';
import type { RoomSession } from '@/components/draft/room-session';
import { AgreedLanguageReport, describeAgreedLanguage, formatCoverage, type PrecedentTranslate } from './agreed-language-report';
import { buildCorpusLink, precedentScopes, type PrecedentHit, type PrecedentScope } from './precedent-api';
import { insertPrecedentAfter, insertWordsAtCursor, replaceWithPrecedent } from './precedent-operations';
import { formatParagraphName } from './precedent-shape';
import { useDraftCheck } from './use-draft-check';
import { useFocusedParagraphId, useParagraphText } from './use-paragraph-focus';
import { usePrecedentSelection } from './use-precedent-selection';
import { usePrecedents, type PrecedentState } from './use-precedents';
import './precedent.css';

interface PrecedentPanelProps {
  session: RoomSession | null;
  ready: boolean;
  /** May change the draft at all; observers read precedents but cannot use them. */
  canEdit: boolean;
  /** May change frozen paragraphs (the facilitator). */
  editFrozen: boolean;
}

const emptyView: DraftView = { title: '', chapeau: '', body: '', paragraphs: [] };
const subscribeToNothing = () => () => undefined;

function keyHit(hit: PrecedentHit): string {
  return `${hit.documentId}#${hit.ref}`;
}

function describeCount(state: PrecedentState, name: string | null, t: PrecedentTranslate): string {
  if (name === null) return '';
  if (state.status === 'idle') return '';
  if (state.status === 'failed') return t('couldNotLoad', { message: state.message });
  if (state.status === 'loading' && state.hits.length === 0) return t('looking');
  const count = state.hits.length;
  // the search answers found: false with no hits when nothing says what the paragraph says
  if (count === 0) return t('noneFor', { name });
  return t('countFor', { count, name });
}

/**
 * Precedent language for the paragraph being written: earlier texts that say
 * something close, ready to take over whole, in place of the paragraph, or a
 * few words at a time. Every change goes through the shared document, so the
 * room sees it at once and Ctrl/⌘+Z takes it back.
 */
export function PrecedentPanel({ session, ready, canEdit, editFrozen }: PrecedentPanelProps) {
  const t = useTranslations('precedent');
  const headingId = useId();
  const bodyId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const [open, setOpen] = useState(true);
  const [scope, setScope] = useState<PrecedentScope>('adopted');
  const [announcement, setAnnouncement] = useState('');
  const view = useSyncExternalStore(
    session ? session.views.subscribe : subscribeToNothing,
    session ? session.views.getSnapshot : () => emptyView,
    () => emptyView,
  );
  const focusedId = useFocusedParagraphId(session);
  const target = view.paragraphs.find((paragraph) => paragraph.id === focusedId) ?? null;
  const text = useParagraphText(session?.connection.doc ?? null, target?.id ?? null) ?? '';
  const precedents = usePrecedents(target?.id ?? null, open && target ? text : '', scope);
  const selection = usePrecedentSelection(panelRef);
  const draftCheck = useDraftCheck();

  const targetName = target ? formatParagraphName(target.kind, target.label) : null;
  const canUse = Boolean(session) && ready && canEdit;
  const canChangeTarget = canUse && target !== null && (!target.frozen || editFrozen);
  const hits = precedents.status === 'idle' ? [] : precedents.hits;

  const insertAsNew = (hit: PrecedentHit) => {
    if (!session) return;
    const id = insertPrecedentAfter(session, target?.id ?? null, hit);
    setAnnouncement(t('insertedNew', { citation: hit.citation }));
    session.focusParagraph(id, 'end');
  };

  const replaceTarget = (hit: PrecedentHit) => {
    if (!session || !target) return;
    replaceWithPrecedent(session, target.id, hit, target.kind);
    setAnnouncement(t('nowReads', { name: targetName ?? '', citation: hit.citation }));
    session.focusParagraph(target.id, 'end');
  };

  const insertSelected = (hit: PrecedentHit) => {
    if (!session || !target || selection?.key !== keyHit(hit)) return;
    if (insertWordsAtCursor(session, target.id, selection.text)) setAnnouncement(t('insertedWords', { name: targetName ?? '' }));
  };

  return (
    <aside
      ref={panelRef}
      className="precedent-panel card"
      aria-labelledby={headingId}
      data-testid="precedent-panel"
      data-open={open ? 'true' : 'false'}
    >
      <div className="precedent-head">
        <h2 id={headingId}>{t('title')}</h2>
        <button type="button" className="draft-tool" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((value) => !value)}>
          {open ? t('hide') : t('show')}
          <span className="visually-hidden">{t('titleHidden')}</span>
        </button>
      </div>
      {open && (
        <div id={bodyId} className="precedent-body">
          <label className="precedent-scope">
            <span>{t('searchIn')}</span>
            <select value={scope} onChange={(event) => setScope(event.target.value as PrecedentScope)}>
              {precedentScopes.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {t('scope', { scope: choice.value })}
                </option>
              ))}
            </select>
          </label>
          {!target && (
            <p className="muted" data-testid="precedent-hint">
              {t('hintNoTarget')}
            </p>
          )}
          {target && text.trim().length === 0 && (
            <p className="muted" data-testid="precedent-hint">
              {t('hintEmpty', { name: targetName ?? '' })}
            </p>
          )}
          <p className="precedent-count" role="status" aria-live="polite" data-testid="precedent-count">
            {text.trim().length > 0 ? describeCount(precedents, targetName, t) : ''}
          </p>
          {hits.length > 0 && text.trim().length > 0 && (
            <ol
              className="precedent-hits"
              aria-label={t('precedentsFor', { name: targetName ?? '' })}
              aria-busy={precedents.status === 'loading'}
            >
              {hits.map((hit) => {
                const key = keyHit(hit);
                const selected = selection?.key === key;
                return (
                  <li key={key} className="precedent-hit" data-testid="precedent-hit" data-document-id={hit.documentId} data-ref={hit.ref}>
                    <p className="precedent-hit-citation">
                      <a href={buildCorpusLink(hit.documentId, hit.ref)} target="_blank" rel="noreferrer">
                        {hit.citation}
                      </a>
                    </p>
                    <AlsoIn places={hit.alsoIn} className="precedent-also-in muted" />
                    <p className="precedent-text" data-precedent-text={key}>
                      <HighlightedText text={hit.text} ranges={hit.matches} />
                    </p>
                    {canUse && (
                      <fieldset className="precedent-actions">
                        <legend className="visually-hidden">{t('use', { citation: hit.citation })}</legend>
                        <button type="button" className="draft-tool" onClick={() => insertAsNew(hit)}>
                          {t('insertNew')}
                        </button>
                        <button type="button" className="draft-tool" disabled={!canChangeTarget} onClick={() => replaceTarget(hit)}>
                          {t('replace')}
                        </button>
                        <button
                          type="button"
                          className="draft-tool"
                          disabled={!canChangeTarget || !selected}
                          title={selected ? undefined : t('selectFirst')}
                          // Keeps the selected words selected: a click would otherwise clear them first.
                          onMouseDown={(event) => event.preventDefault()}
                          onClick={() => insertSelected(hit)}
                        >
                          {t('insertSelected')}
                        </button>
                      </fieldset>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
          <p className="visually-hidden" aria-live="polite">
            {announcement}
          </p>
          <section className="precedent-draft-check" aria-label={t('wholeDraft')}>
            <button
              type="button"
              className="draft-tool"
              disabled={!session || !ready || draftCheck.state.status === 'checking'}
              onClick={() => void draftCheck.run(view.paragraphs)}
            >
              {t('checkWhole')}
            </button>
            <div aria-live="polite" data-testid="draft-check">
              {draftCheck.state.status === 'checking' && (
                <p className="muted">{t('checkingOf', { done: draftCheck.state.done, of: draftCheck.state.of })}</p>
              )}
              {draftCheck.state.status === 'failed' && <p className="error">{draftCheck.state.message}</p>}
              {draftCheck.state.status === 'done' && (
                <>
                  <p
                    className="precedent-report-summary precedent-band"
                    data-band={draftCheck.state.paragraphs.length === 0 ? undefined : rateCoverage(draftCheck.state.coverage).band}
                  >
                    {draftCheck.state.paragraphs.length === 0
                      ? t('draftEmpty')
                      : t('draftShare', {
                          label: t('band', { band: rateCoverage(draftCheck.state.coverage).band }),
                          share: formatCoverage(draftCheck.state.coverage),
                        })}
                  </p>
                  <ul className="precedent-draft-results">
                    {draftCheck.state.paragraphs.map((paragraph) => (
                      <li key={paragraph.id}>
                        <details>
                          <summary className="precedent-band" data-band={rateCoverage(paragraph.result.coverage).band}>
                            {describeAgreedLanguage(paragraph.name, paragraph.result, t)}
                          </summary>
                          <AgreedLanguageReport name={paragraph.name} text={paragraph.text} result={paragraph.result} />
                        </details>
                      </li>
                    ))}
                  </ul>
                  <button type="button" className="draft-tool" onClick={draftCheck.reset}>
                    {t('clear')}
                  </button>
                </>
              )}
            </div>
          </section>
        </div>
      )}
    </aside>
  );
}
