'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { readFragmentLead, readFragmentText } from '@/lib/editor';
import { deriveParagraphRefs } from '@/lib/revisions/derive-paragraph-refs';
import { openDraftConnection, type DraftConnection } from '@/components/draft/draft-connection';
import { createDraftViewStore, type DraftView, type DraftViewStore } from '@/components/draft/draft-view-store';
import { useDelegationDirectory } from './delegation-directory';
import { describeTarget } from './proposal-card';
import { DelegationBadge } from './delegation-badge';
import { MarkedChange } from './marked-change';
import { ProposalDiff } from './proposal-diff';
import {
  buildCompilation,
  type CompilationEntry,
  type CompilationGroup,
  type CompilationSourceParagraph,
  type CompilationWords,
  type ProposalView,
} from './proposal-model';
import { createProposalStore, emptyProposalSnapshot, type ProposalStore } from './proposal-store';
import { PdfLink } from '@/components/export/pdf-link';
import { collectDelegationNames, formatTime, joinNames, nameDelegations, pickFallbackColour, pickFormatLocale } from './proposal-text';
import { findAnchorParagraph } from './paragraph-proposals';
import './proposals.css';

type Grouping = 'paragraph' | 'delegation';

interface DelegationGroup {
  key: string;
  heading: string;
  proposals: ProposalView[];
}

interface Stores {
  connection: DraftConnection;
  views: DraftViewStore;
  proposals: ProposalStore;
}

const emptyView: DraftView = { title: '', chapeau: '', body: '', paragraphs: [] };
const noSubscription = () => () => undefined;

/** The paragraphs as the compilation reads them: refs as delegations say them ("5(b)"), text, lead, status. */
function readSourceParagraphs(view: DraftView): CompilationSourceParagraph[] {
  const refs = deriveParagraphRefs(view.paragraphs);
  return view.paragraphs.map((paragraph, index) => {
    const lead = readFragmentLead(paragraph.fragment);
    return {
      id: paragraph.id,
      ref: refs[index]!,
      kind: paragraph.kind,
      status: paragraph.status,
      text: readFragmentText(paragraph.fragment),
      ...(lead ? { lead } : {}),
    };
  });
}

function describeGroup(group: CompilationGroup, t: ReturnType<typeof useTranslations<'compilation'>>): string {
  return group.paragraph ? t('paragraphGroup', { ref: group.ref }) : group.ref;
}

function LeadText({ text, lead }: { text: string; lead?: string }) {
  if (!lead || !text.startsWith(lead)) return <>{text}</>;
  return (
    <>
      <em>{lead}</em>
      {text.slice(lead.length)}
    </>
  );
}

function groupByDelegation(proposals: ProposalView[]): DelegationGroup[] {
  const groups = new Map<string, DelegationGroup>();
  for (const proposal of proposals) {
    const group = groups.get(proposal.delegation) ?? {
      key: proposal.delegation,
      heading: `${proposal.delegationName} (${proposal.delegation})`,
      proposals: [],
    };
    group.proposals.push(proposal);
    groups.set(proposal.delegation, group);
  }
  return [...groups.values()].sort((a, b) => a.heading.localeCompare(b.heading));
}

/** Keeps the proposals of each group in the order of the text, then of creation. */
function orderByText(proposals: ProposalView[], view: DraftView): ProposalView[] {
  const position = new Map(view.paragraphs.map((paragraph, index) => [paragraph.id, index]));
  const rank = (proposal: ProposalView) => position.get(findAnchorParagraph(proposal)) ?? Number.MAX_SAFE_INTEGER;
  return [...proposals].sort((a, b) => rank(a) - rank(b) || a.createdAt.localeCompare(b.createdAt));
}

/**
 * All open proposals, grouped by paragraph or by delegation, the way a
 * secretariat lays out a compilation text. Read-only: it follows the live
 * room without joining its presence.
 */
export function CompilationView({ draftId, title }: { draftId: string; title: string }) {
  const [stores, setStores] = useState<Stores | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [synced, setSynced] = useState(false);
  const [grouping, setGrouping] = useState<Grouping>('paragraph');
  const [all, setAll] = useState(false);
  const directory = useDelegationDirectory(draftId);
  const t = useTranslations('compilation');
  const tProposals = useTranslations('proposals');
  const tActions = useTranslations('compilationActions');
  const formatLocale = pickFormatLocale(useLocale());
  const closedByServer = t('closedByServer');

  useEffect(() => {
    let cancelled = false;
    let opened: Stores | null = null;
    openDraftConnection(
      draftId,
      {
        onStatus: () => undefined,
        onSynced: () => {
          if (!cancelled) setSynced(true);
        },
        onRefused: (_code, reason) => {
          if (!cancelled) setFailure(reason || closedByServer);
        },
        // The compilation only reads the draft: it sends nothing the server could refuse.
        onRefusal: () => undefined,
      },
      { watchOnly: true },
    )
      .then((connection) => {
        if (cancelled) {
          connection.destroy();
          return;
        }
        opened = {
          connection,
          views: createDraftViewStore(connection.doc, () => undefined),
          proposals: createProposalStore(connection.doc),
        };
        setStores(opened);
      })
      .catch((error: unknown) => {
        if (!cancelled) setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      cancelled = true;
      if (opened) {
        opened.proposals.destroy();
        opened.views.destroy();
        opened.connection.destroy();
      }
    };
  }, [draftId, closedByServer]);

  const view = useSyncExternalStore(
    stores ? stores.views.subscribe : noSubscription,
    stores ? stores.views.getSnapshot : () => emptyView,
    () => emptyView,
  );
  const snapshot = useSyncExternalStore(
    stores ? stores.proposals.subscribe : noSubscription,
    stores ? stores.proposals.getSnapshot : () => emptyProposalSnapshot,
    () => emptyProposalSnapshot,
  );

  const open = orderByText(
    snapshot.proposals.filter((proposal) => proposal.status === 'open'),
    view,
  );
  const shown = all ? orderByText(snapshot.proposals, view) : open;
  const labels = new Map(view.paragraphs.map((paragraph) => [paragraph.id, paragraph.label]));
  const names = collectDelegationNames(
    snapshot.proposals,
    [...directory.delegations.values()].map((delegation) => [delegation.code, delegation.name]),
  );
  // The proposals' snapshot changes with the texts they concern, the view with the order and statuses.
  const compilation = useMemo(() => {
    const words: CompilationWords = (key, values) => tActions(key, values);
    return buildCompilation(readSourceParagraphs(view), snapshot.proposals, { all, words });
  }, [view, snapshot, all, tActions]);
  const byDelegation = grouping === 'delegation' ? groupByDelegation(shown) : [];
  const paragraphsWithProposals = new Set(open.map(findAnchorParagraph)).size;
  const delegationsProposing = new Set(open.map((proposal) => proposal.delegation)).size;
  const ready = synced && stores !== null;
  const empty = grouping === 'paragraph' ? compilation.length === 0 : byDelegation.length === 0;
  const wordHref = `/api/drafts/${encodeURIComponent(draftId)}/compilation${all ? '?status=all' : ''}`;
  const tag = (proposal: ProposalView) => (
    <DelegationBadge
      code={proposal.delegation}
      name={proposal.delegationName}
      colour={directory.delegations.get(proposal.delegation)?.colour ?? pickFallbackColour(proposal.delegation)}
    />
  );

  return (
    <main className="compilation" data-testid="compilation" data-ready={ready ? 'true' : 'false'}>
      <header className="card compilation-head">
        <div>
          <h1>{t('heading')}</h1>
          <p className="muted">{view.title || title}</p>
        </div>
        <span>
          <a href={wordHref} className="button secondary">
            {t('wordTable')}
          </a>{' '}
          <PdfLink href={`${wordHref}${all ? '&' : '?'}format=pdf`} className="button secondary">
            {t('pdf')}
          </PdfLink>{' '}
          <Link href={`/drafts/${encodeURIComponent(draftId)}`} className="button secondary">
            {t('backToDraft')}
          </Link>
        </span>
      </header>
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      <section className="card" aria-label={t('summary')}>
        <p aria-live="polite" data-testid="compilation-counts">
          {ready
            ? t('counts', {
                open: open.length,
                paragraphs: paragraphsWithProposals,
                delegations: delegationsProposing,
                brackets: snapshot.counts.brackets,
                agreed: snapshot.counts.agreedParagraphs,
              })
            : t('loading')}
        </p>
        <fieldset className="negotiation-mode">
          <legend>{t('arrange')}</legend>
          <label>
            <input type="radio" name="compilation-grouping" checked={grouping === 'paragraph'} onChange={() => setGrouping('paragraph')} />{' '}
            {t('byParagraph')}
          </label>
          <label>
            <input
              type="radio"
              name="compilation-grouping"
              checked={grouping === 'delegation'}
              onChange={() => setGrouping('delegation')}
            />{' '}
            {t('byDelegation')}
          </label>
          <label>
            <input type="checkbox" checked={all} onChange={(event) => setAll(event.target.checked)} /> {t('includeDecided')}
          </label>
        </fieldset>
        <p className="muted">{t('markLegend')}</p>
      </section>
      {ready && empty && <p className="card muted">{all ? t('noProposals') : t('noOpenProposals')}</p>}
      {grouping === 'paragraph' &&
        compilation.map((group) => (
          <section key={group.key} className="card compilation-group" aria-label={describeGroup(group, t)} data-testid="compilation-group">
            <h2>
              {describeGroup(group, t)} <span className="muted">({group.entries.length})</span>
              {group.paragraph && (
                <span className="compilation-status" data-testid="compilation-paragraph-status">
                  {t(`paragraphStatus.${group.paragraph.status}`)}
                </span>
              )}
            </h2>
            {group.paragraph && (
              <p className="compilation-base" data-testid="compilation-current-text">
                <span className="muted">{t('currentText')}</span>
                <LeadText text={group.paragraph.text} lead={group.paragraph.lead} />
              </p>
            )}
            <table className="listing">
              <thead>
                <tr>
                  <th scope="col">{t('columns.paragraph')}</th>
                  <th scope="col">{t('columns.proposedBy')}</th>
                  <th scope="col">{t('columns.proposal')}</th>
                  <th scope="col">{t('columns.supportedBy')}</th>
                  <th scope="col">{t('columns.objectedToBy')}</th>
                  <th scope="col">{t('columns.status')}</th>
                </tr>
              </thead>
              <tbody>
                {group.entries.map((entry: CompilationEntry) => (
                  <tr
                    key={entry.proposal.id}
                    data-testid="compilation-proposal"
                    data-delegation={entry.proposal.delegation}
                    data-status={entry.status}
                  >
                    <td>{entry.ref}</td>
                    <td>
                      {tag(entry.proposal)}
                      <div className="muted">
                        {t('authorAt', { author: entry.proposal.authorName, time: formatTime(entry.proposal.createdAt, formatLocale) })}
                      </div>
                    </td>
                    <td>
                      <strong>{entry.action}</strong>
                      {entry.status === 'overtaken' && (
                        <span className="muted" data-testid="compilation-overtaken">
                          {' '}
                          {t('overtakenAgainst', { text: entry.proposal.baseText })}
                        </span>
                      )}
                      {entry.change.length > 0 && (
                        <MarkedChange ops={entry.change} lead={entry.lead} baseLead={entry.baseLead} code={entry.proposal.delegation} />
                      )}
                      <Explanation text={entry.proposal.explanation} />
                    </td>
                    <td>{joinNames(nameDelegations(entry.proposal.supporters, names), tProposals) || '—'}</td>
                    <td>{joinNames(nameDelegations(entry.proposal.objectors, names), tProposals) || '—'}</td>
                    <td>
                      {t(`status.${entry.status}`)}
                      {entry.versions > 1 && <div className="muted">{t('versions', { count: entry.versions })}</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      {grouping === 'delegation' &&
        byDelegation.map((group) => (
          <section key={group.key} className="card compilation-group" aria-label={group.heading} data-testid="compilation-group">
            <h2>
              {group.heading} <span className="muted">({group.proposals.length})</span>
            </h2>
            <table className="listing">
              <thead>
                <tr>
                  <th scope="col">{t('columns.paragraph')}</th>
                  <th scope="col">{t('columns.proposal')}</th>
                  <th scope="col">{t('columns.supportedBy')}</th>
                  <th scope="col">{t('columns.objectedToBy')}</th>
                  <th scope="col">{t('columns.status')}</th>
                </tr>
              </thead>
              <tbody>
                {group.proposals.map((proposal) => (
                  <tr key={proposal.id} data-testid="compilation-proposal" data-delegation={proposal.delegation}>
                    <td>
                      {labels.get(findAnchorParagraph(proposal)) ?? '—'}
                      <div className="muted">
                        {t('authorAt', { author: proposal.authorName, time: formatTime(proposal.createdAt, formatLocale) })}
                      </div>
                    </td>
                    <td>
                      <strong>{describeTarget(proposal, labels, tProposals)}</strong>
                      {proposal.overtaken && (
                        <span className="muted" data-testid="compilation-overtaken">
                          {' '}
                          {t('overtakenAgainst', { text: proposal.baseText })}
                        </span>
                      )}
                      {proposal.kind === 'move' ? null : proposal.ops.length > 0 ? (
                        <ProposalDiff ops={proposal.ops} code={proposal.delegation} />
                      ) : (
                        <p className="proposal-diff">
                          {proposal.kind === 'delete' ? <del>{proposal.baseText}</del> : <ins>{proposal.text}</ins>}
                        </p>
                      )}
                      <Explanation text={proposal.explanation} />
                    </td>
                    <td>{joinNames(nameDelegations(proposal.supporters, names), tProposals) || '—'}</td>
                    <td>{joinNames(nameDelegations(proposal.objectors, names), tProposals) || '—'}</td>
                    <td>{proposal.overtaken ? t('status.overtaken') : t(`status.${proposal.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
    </main>
  );
}

/** The proposing delegation's own words on why, under its change. */
function Explanation({ text }: { text: string }) {
  const t = useTranslations('compilation');
  if (!text) return null;
  return (
    <p className="proposal-explanation" data-testid="compilation-explanation">
      <span className="muted">{t('explanation')}</span>
      {text}
    </p>
  );
}
