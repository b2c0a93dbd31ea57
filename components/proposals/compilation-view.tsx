'use client';

import Link from 'next/link';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { openDraftConnection, type DraftConnection } from '@/components/draft/draft-connection';
import { createDraftViewStore, type DraftView, type DraftViewStore } from '@/components/draft/draft-view-store';
import { useDelegationDirectory } from './delegation-directory';
import { describeTarget } from './proposal-card';
import { ProposalDiff } from './proposal-diff';
import type { ProposalView } from './proposal-model';
import { createProposalStore, emptyProposalSnapshot, type ProposalStore } from './proposal-store';
import { PdfLink } from '@/components/export/pdf-link';
import { collectDelegationNames, formatTime, joinNames, nameDelegations, pickFallbackColour } from './proposal-text';
import { findAnchorParagraph } from './paragraph-proposals';
import './proposals.css';

type Grouping = 'paragraph' | 'delegation';

interface CompilationGroup {
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

function groupByParagraph(proposals: ProposalView[], view: DraftView): CompilationGroup[] {
  const groups = new Map<string, CompilationGroup>();
  for (const paragraph of view.paragraphs)
    groups.set(paragraph.id, { key: paragraph.id, heading: `Paragraph ${paragraph.label}`, proposals: [] });
  const elsewhere: CompilationGroup = { key: '', heading: 'Paragraphs no longer in the text', proposals: [] };
  for (const proposal of proposals) (groups.get(findAnchorParagraph(proposal)) ?? elsewhere).proposals.push(proposal);
  return [...groups.values(), elsewhere].filter((group) => group.proposals.length > 0);
}

function groupByDelegation(proposals: ProposalView[]): CompilationGroup[] {
  const groups = new Map<string, CompilationGroup>();
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
  const directory = useDelegationDirectory(draftId);

  useEffect(() => {
    let cancelled = false;
    let opened: Stores | null = null;
    openDraftConnection(draftId, {
      onStatus: () => undefined,
      onSynced: () => {
        if (!cancelled) setSynced(true);
      },
      onRefused: (_code, reason) => {
        if (!cancelled) setFailure(reason || 'The realtime server closed the draft.');
      },
      // The compilation only reads the draft: it sends nothing the server could refuse.
      onRefusal: () => undefined,
    })
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
  }, [draftId]);

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
  const labels = new Map(view.paragraphs.map((paragraph) => [paragraph.id, paragraph.label]));
  const names = collectDelegationNames(
    snapshot.proposals,
    [...directory.delegations.values()].map((delegation) => [delegation.code, delegation.name]),
  );
  const groups = grouping === 'paragraph' ? groupByParagraph(open, view) : groupByDelegation(open);
  const paragraphsWithProposals = new Set(open.map(findAnchorParagraph)).size;
  const delegationsProposing = new Set(open.map((proposal) => proposal.delegation)).size;
  const ready = synced && stores !== null;

  return (
    <main className="compilation" data-testid="compilation" data-ready={ready ? 'true' : 'false'}>
      <header className="card compilation-head">
        <div>
          <h1>Compilation of proposals</h1>
          <p className="muted">{view.title || title}</p>
        </div>
        <span>
          <a href={`/api/drafts/${encodeURIComponent(draftId)}/compilation`} className="button secondary">
            Word table (.docx)
          </a>{' '}
          <PdfLink href={`/api/drafts/${encodeURIComponent(draftId)}/compilation?format=pdf`} className="button secondary">
            PDF
          </PdfLink>{' '}
          <Link href={`/drafts/${encodeURIComponent(draftId)}`} className="button secondary">
            Back to the draft
          </Link>
        </span>
      </header>
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      <section className="card" aria-label="Summary">
        <p aria-live="polite" data-testid="compilation-counts">
          {ready
            ? `${open.length} open ${open.length === 1 ? 'proposal' : 'proposals'} on ${paragraphsWithProposals} ${paragraphsWithProposals === 1 ? 'paragraph' : 'paragraphs'} from ${delegationsProposing} ${delegationsProposing === 1 ? 'delegation' : 'delegations'} · ${snapshot.counts.brackets} brackets · ${snapshot.counts.agreedParagraphs} agreed paragraphs`
            : 'Loading the draft…'}
        </p>
        <fieldset className="negotiation-mode">
          <legend>Arrange</legend>
          <label>
            <input type="radio" name="compilation-grouping" checked={grouping === 'paragraph'} onChange={() => setGrouping('paragraph')} />{' '}
            By paragraph
          </label>
          <label>
            <input
              type="radio"
              name="compilation-grouping"
              checked={grouping === 'delegation'}
              onChange={() => setGrouping('delegation')}
            />{' '}
            By delegation
          </label>
        </fieldset>
      </section>
      {ready && groups.length === 0 && <p className="card muted">No open proposals.</p>}
      {groups.map((group) => (
        <section key={group.key} className="card compilation-group" aria-label={group.heading} data-testid="compilation-group">
          <h2>
            {group.heading} <span className="muted">({group.proposals.length})</span>
          </h2>
          {grouping === 'paragraph' && group.proposals[0]?.currentText && group.proposals[0].kind !== 'add' && (
            <p className="compilation-base">Current text: {group.proposals[0].currentText}</p>
          )}
          <table className="listing">
            <thead>
              <tr>
                <th scope="col">{grouping === 'paragraph' ? 'Proposed by' : 'Paragraph'}</th>
                <th scope="col">Proposal</th>
                <th scope="col">Supported by</th>
                <th scope="col">Objected to by</th>
              </tr>
            </thead>
            <tbody>
              {group.proposals.map((proposal) => (
                <tr key={proposal.id} data-testid="compilation-proposal" data-delegation={proposal.delegation}>
                  <td>
                    {grouping === 'paragraph' ? (
                      <>
                        <span
                          className="proposal-tag"
                          style={{
                            background: directory.delegations.get(proposal.delegation)?.colour ?? pickFallbackColour(proposal.delegation),
                          }}
                        >
                          {proposal.delegation}
                        </span>{' '}
                        {proposal.delegationName}
                      </>
                    ) : (
                      (labels.get(findAnchorParagraph(proposal)) ?? '—')
                    )}
                    <div className="muted">
                      {proposal.authorName}, {formatTime(proposal.createdAt)}
                    </div>
                  </td>
                  <td>
                    <strong>{describeTarget(proposal, labels)}</strong>
                    {proposal.overtaken && (
                      <span className="muted" data-testid="compilation-overtaken">
                        {' '}
                        (overtaken: written against “{proposal.baseText}”)
                      </span>
                    )}
                    {proposal.kind === 'move' ? null : proposal.ops.length > 0 ? (
                      <ProposalDiff ops={proposal.ops} colour="inherit" code={proposal.delegation} />
                    ) : (
                      <p className="proposal-diff">
                        {proposal.kind === 'delete' ? <del>{proposal.baseText}</del> : <ins>{proposal.text}</ins>}
                      </p>
                    )}
                  </td>
                  <td>{joinNames(nameDelegations(proposal.supporters, names)) || '—'}</td>
                  <td>{joinNames(nameDelegations(proposal.objectors, names)) || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </main>
  );
}
