'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ParagraphStatus } from '@/lib/draft/types';
import { noteFacilitatorMoves, pickFollowedPerson, type FacilitatorMoves, type FollowedPerson } from '@/lib/screen/pick-followed-person';
import { readScreenText, type ScreenProposal, type ScreenText } from '@/lib/screen/read-screen-text';
import { createDocStore, type DocStore } from '@/components/draft/create-doc-store';
import { openDraftConnection, type ConnectionStatus, type DraftConnection } from '@/components/draft/draft-connection';
import { createPresenceStore, type PresenceStore } from '@/components/draft/presence';
import './screen.css';

interface Stores {
  connection: DraftConnection;
  text: DocStore<ScreenText>;
  presence: PresenceStore;
}

const emptyText: ScreenText = { title: '', chapeau: '', atStart: [], paragraphs: [] };
const noSubscription = () => () => undefined;

const statusKeys = {
  open: 'statusOpen',
  bracketed: 'statusBracketed',
  'agreed-ad-ref': 'statusAgreedAdRef',
  agreed: 'statusAgreed',
} as const satisfies Record<ParagraphStatus, string>;

function ProposalLines({ proposals }: { proposals: ScreenProposal[] }) {
  const t = useTranslations('screen');
  if (proposals.length === 0) return null;
  return (
    <ul className="screen-proposals" aria-label={t('openProposals')}>
      {proposals.map((proposal) => (
        <li key={proposal.id} data-testid="screen-proposal">
          <span className="screen-proposal-label">{proposal.label}</span> {proposal.sentence}
        </li>
      ))}
    </ul>
  );
}

/**
 * The projector's view of a draft: the live text in large type, following the paragraph the facilitator is in.
 * It reads only (a read-only ticket, so the realtime server keeps nothing it might send) and is nobody in the
 * room's presence.
 */
export function ScreenView({ draftId, title }: { draftId: string; title: string }) {
  const router = useRouter();
  const t = useTranslations('screen');
  const [stores, setStores] = useState<Stores | null>(null);
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [synced, setSynced] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [followed, setFollowed] = useState<FollowedPerson | null>(null);
  const roomHref = `/drafts/${encodeURIComponent(draftId)}`;

  useEffect(() => {
    let cancelled = false;
    let opened: Stores | null = null;
    let stopFollowing = () => {};
    openDraftConnection(
      draftId,
      {
        onStatus: (next) => {
          if (!cancelled) setStatus(next);
        },
        onSynced: () => {
          if (!cancelled) setSynced(true);
        },
        onRefused: (_code, reason) => {
          if (!cancelled) setFailure(reason || t('closedByServer'));
        },
        // Nothing is ever sent from here, so there is nothing to refuse.
        onRefusal: () => undefined,
      },
      { watchOnly: true },
    )
      .then((connection) => {
        if (cancelled) {
          connection.destroy();
          return;
        }
        const presence = createPresenceStore(connection.provider.awareness);
        let moves: FacilitatorMoves = new Map();
        const follow = () => {
          const entries = presence.getSnapshot();
          moves = noteFacilitatorMoves(moves, entries, Date.now());
          setFollowed(pickFollowedPerson(entries, moves));
        };
        stopFollowing = presence.subscribe(follow);
        follow();
        opened = { connection, presence, text: createDocStore(connection.doc, readScreenText, (value) => JSON.stringify(value)) };
        setStores(opened);
      })
      .catch((error: unknown) => {
        if (!cancelled) setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      cancelled = true;
      stopFollowing();
      if (opened) {
        opened.text.destroy();
        opened.presence.destroy();
        opened.connection.destroy();
      }
    };
  }, [draftId, t]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') router.push(roomHref);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [router, roomHref]);

  const text = useSyncExternalStore(
    stores ? stores.text.subscribe : noSubscription,
    stores ? stores.text.getSnapshot : () => emptyText,
    () => emptyText,
  );
  const ready = synced && stores !== null;
  const followedParagraph = followed?.paragraphId ?? null;

  useEffect(() => {
    if (!ready || followedParagraph === null) return;
    // By id, not by a ref per paragraph: the paragraph may arrive in the text after the facilitator is in it.
    document.getElementById(`screen-paragraph-${followedParagraph}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [ready, followedParagraph]);

  // "Chair" whatever the facilitator's delegation is called in this negotiation: it is how the room knows them.
  const following = followed ? t('following', { name: followed.name }) : t('noFacilitator');

  return (
    <main className="screen" data-testid="screen" data-ready={ready ? 'true' : 'false'}>
      <header className="screen-head">
        <p className="screen-following" role="status" data-testid="screen-following">
          {ready ? following : t('connecting')}
          {ready && status === 'offline' ? t('reconnecting') : ''}
        </p>
        <Link href={roomHref} className="screen-back">
          {t('back')} <kbd>Esc</kbd>
        </Link>
      </header>
      {failure ? (
        <p className="screen-failure" role="alert">
          {failure}
        </p>
      ) : null}
      <h1 className="screen-title">{text.title || title}</h1>
      {text.chapeau ? <p className="screen-chapeau">{text.chapeau}</p> : null}
      <ProposalLines proposals={text.atStart} />
      <ol className="screen-paragraphs">
        {text.paragraphs.map((paragraph) => {
          const current = paragraph.id === followedParagraph;
          return (
            <li
              key={paragraph.id}
              id={`screen-paragraph-${paragraph.id}`}
              className={`screen-paragraph screen-${paragraph.kind}${current ? ' screen-current' : ''}`}
              style={{ marginLeft: `${paragraph.kind === 'subparagraph' ? paragraph.depth * 2.5 : 0}rem` }}
              data-testid="screen-paragraph"
              data-ref={paragraph.ref}
              data-current={current ? 'true' : 'false'}
              aria-current={current ? 'location' : undefined}
            >
              <span className="screen-number">{paragraph.kind === 'operative' ? `${paragraph.number}.` : paragraph.number}</span>
              <div className="screen-body">
                <p className="screen-text">
                  {paragraph.lead ? <em>{paragraph.lead}</em> : null}
                  {paragraph.segments.map((segment, index) =>
                    segment.bracketed ? (
                      // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their place in the text.
                      <span key={index} className="screen-bracket">
                        {segment.text}
                      </span>
                    ) : (
                      // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their place in the text.
                      <span key={index}>{segment.text}</span>
                    ),
                  )}
                </p>
                {paragraph.status !== 'open' ? (
                  <span className={`screen-chip screen-chip-${paragraph.status}`}>{t(statusKeys[paragraph.status])}</span>
                ) : null}
                <ProposalLines proposals={paragraph.proposals} />
              </div>
            </li>
          );
        })}
      </ol>
    </main>
  );
}
