'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { acceptAllProposals, rejectAllProposals, setDraftMode, type DraftMode } from './proposal-model';
import type { ProposalRoomValue } from './proposal-room';
import { collectDelegationNames } from './proposal-text';
import './proposals.css';

const modes: readonly DraftMode[] = ['drafting', 'negotiation'];

export function CompilationLink({ draftId }: { draftId: string }) {
  const t = useTranslations('proposals.bar');
  return (
    <Link href={`/drafts/${encodeURIComponent(draftId)}/compilation`} className="draft-tool" data-testid="compilation-link">
      {t('compilationLink')}
    </Link>
  );
}

/**
 * The negotiation controls above the text: the facilitator's mode switch, the
 * banner everyone sees in negotiation mode, live counts, filters, bulk
 * decisions by delegation and the link to the compilation.
 */
export function NegotiationBar({ room }: { room: ProposalRoomValue }) {
  const t = useTranslations('proposals.bar');
  const filterId = useId();
  const [bulkDelegation, setBulkDelegation] = useState('');
  const { snapshot, rights, filters, setFilters, doc, user } = room;
  const { counts, mode } = snapshot;
  const names = room.delegationNames;
  // Only delegations that have proposed anything are worth filtering by.
  const delegations = [...collectDelegationNames(snapshot.proposals)]
    .map(([code]) => [code, names.get(code) ?? code] as const)
    .sort((a, b) => a[1].localeCompare(b[1]));
  const openByDelegation = new Map<string, number>();
  for (const proposal of snapshot.proposals) {
    if (proposal.status === 'open') openByDelegation.set(proposal.delegation, (openByDelegation.get(proposal.delegation) ?? 0) + 1);
  }
  const bulkTarget = bulkDelegation || delegations.find(([code]) => openByDelegation.has(code))?.[0] || '';
  const bulkName = names.get(bulkTarget) ?? bulkTarget;

  return (
    <section className="card negotiation-bar" aria-label={t('region')} data-testid="negotiation-bar" data-mode={mode}>
      {mode === 'negotiation' && (
        <p className="negotiation-banner" role="status" data-testid="negotiation-banner">
          {t('banner')}
        </p>
      )}
      <div className="negotiation-row">
        {rights.switchMode ? (
          <fieldset className="negotiation-mode">
            <legend>{t('mode')}</legend>
            {modes.map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name={`${filterId}-mode`}
                  value={value}
                  checked={mode === value}
                  onChange={() => room.run('switchingMode', () => setDraftMode(doc, value))}
                />
                {t(value)}
              </label>
            ))}
          </fieldset>
        ) : (
          <p className="negotiation-mode-text">
            {t.rich('modeText', { mode: t(mode), strong: (chunks) => <strong data-testid="draft-mode">{chunks}</strong> })}
          </p>
        )}
        <p className="negotiation-counts" aria-live="polite" data-testid="proposal-counts">
          <span data-testid="count-open">{t('countOpen', { count: counts.open })}</span>
          <span data-testid="count-contested">{t('countContested', { count: counts.contestedParagraphs })}</span>
          <span data-testid="count-brackets">{t('countBrackets', { count: counts.brackets })}</span>
          <span data-testid="count-agreed">{t('countAgreed', { count: counts.agreedParagraphs })}</span>
        </p>
      </div>
      {/* Filters have nothing to work on before the first proposal. */}
      {(mode === 'negotiation' || snapshot.proposals.length > 0) && (
        <fieldset className="negotiation-row negotiation-filters bare-group" aria-label={t('filters')}>
          <label>
            <span>{t('showProposalsOf')}</span>{' '}
            <select value={filters.delegation} onChange={(event) => setFilters({ ...filters, delegation: event.target.value })}>
              <option value="">{t('allDelegations')}</option>
              {delegations.map(([code, name]) => (
                <option key={code} value={code}>
                  {name} ({code})
                </option>
              ))}
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={filters.hideAccepted}
              onChange={(event) => setFilters({ ...filters, hideAccepted: event.target.checked })}
            />{' '}
            {t('hideAccepted')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={filters.contestedOnly}
              onChange={(event) => setFilters({ ...filters, contestedOnly: event.target.checked })}
            />{' '}
            {t('contestedOnly')}
          </label>
        </fieldset>
      )}
      {rights.decide && openByDelegation.size > 0 && (
        <fieldset className="negotiation-row bare-group" aria-label={t('decideByDelegation')}>
          <label>
            <span>{t('decideOn')}</span>{' '}
            <select value={bulkTarget} onChange={(event) => setBulkDelegation(event.target.value)}>
              {delegations
                .filter(([code]) => openByDelegation.has(code))
                .map(([code, name]) => (
                  <option key={code} value={code}>
                    {name} ({openByDelegation.get(code)})
                  </option>
                ))}
            </select>
          </label>
          <button
            type="button"
            className="draft-tool proposal-accept"
            onClick={() => room.run('acceptingAll', () => acceptAllProposals(doc, { delegation: bulkTarget }, user.id))}
          >
            {t('acceptAllOf', { name: bulkName })}
          </button>
          <button
            type="button"
            className="draft-tool danger"
            onClick={() => room.run('rejectingAll', () => rejectAllProposals(doc, { delegation: bulkTarget }, user.id))}
          >
            {t('rejectAllOf', { name: bulkName })}
          </button>
        </fieldset>
      )}
      {room.error && (
        <p role="alert" className="draft-banner draft-failure">
          {room.error}{' '}
          <button type="button" className="draft-tool" onClick={room.dismissError}>
            {t('dismiss')}
          </button>
        </p>
      )}
    </section>
  );
}
