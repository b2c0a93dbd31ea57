'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { getProposalsMap, readProposalRecords } from '@/lib/proposals';
import type { RoomExtrasProps } from '@/components/draft/room-extras-props';
import { createAnnouncerStore, emptyAnnouncerSnapshot } from './announcer-store';
import { detectRoomAnnouncements, type ProposalFacts, type RoomFacts } from './detect-room-announcements';
import { registerRoomAnnouncer } from './room-announcer-registry';

function readProposalFacts(doc: Parameters<typeof readProposalRecords>[0]): Map<string, ProposalFacts> {
  return new Map(readProposalRecords(doc).map((record) => [record.id, record]));
}

/** The row holding the focus, if any: the paragraph a person is in, whether in its text, its tools or its proposals. */
function findParagraphOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest('[data-paragraph-id]')?.getAttribute('data-paragraph-id') ?? null;
}

/**
 * The room's live regions (mounted in RoomBanners): one polite, one assertive for a freeze that stops the
 * person's editing. What to say is decided by detectRoomAnnouncements from the shared document and where the
 * person is; other components may add to it through announceInRoom.
 */
export function RoomAnnouncer({ draftId, session, view, user, permissions, ready }: RoomExtrasProps) {
  const t = useTranslations('announcer');
  const store = useMemo(() => createAnnouncerStore(), []);
  useEffect(() => registerRoomAnnouncer(draftId, store), [draftId, store]);
  const said = useSyncExternalStore(store.subscribe, store.getSnapshot, () => emptyAnnouncerSnapshot);

  // Sticky: a paragraph that becomes read-only drops the focus to the page, and the person is still "in" it.
  const focused = useRef<string | null>(null);
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      focused.current = findParagraphOf(event.target);
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);

  const facts = useRef<RoomFacts | null>(null);
  const listening = useRef<(next: RoomFacts, announce: boolean) => void>(() => undefined);
  listening.current = (next, announce) => {
    const previous = facts.current;
    facts.current = next;
    if (!previous || !announce || !ready) return;
    const caret = session?.presence.getSnapshot().find((entry) => entry.self)?.paragraphId ?? null;
    const listener = {
      userId: user.id,
      delegation: user.delegation.code,
      paragraphId: focused.current ?? caret,
      editsFrozen: permissions.editFrozen,
    };
    for (const announcement of detectRoomAnnouncements(previous, next, listener, t)) store.announce(announcement);
  };

  const paragraphFacts = useMemo(
    () => ({
      frozen: new Set(view.paragraphs.filter((paragraph) => paragraph.frozen).map((paragraph) => paragraph.id)),
      labels: new Map(view.paragraphs.map((paragraph) => [paragraph.id, paragraph.label])),
    }),
    [view],
  );
  const latestParagraphFacts = useRef(paragraphFacts);
  latestParagraphFacts.current = paragraphFacts;

  useEffect(() => {
    const doc = session?.connection.doc;
    if (!doc || !ready) return;
    // What the room held when the person arrived is the baseline: nothing already there is news.
    facts.current = { ...latestParagraphFacts.current, proposals: readProposalFacts(doc) };
    const proposals = getProposalsMap(doc);
    const onProposals = (_events: unknown, transaction: { local: boolean }) => {
      const current = facts.current ?? { ...latestParagraphFacts.current, proposals: new Map() };
      listening.current({ ...current, proposals: readProposalFacts(doc) }, !transaction.local);
    };
    proposals.observeDeep(onProposals);
    return () => {
      proposals.unobserveDeep(onProposals);
      facts.current = null;
    };
  }, [session, ready]);

  useEffect(() => {
    if (facts.current) listening.current({ ...facts.current, ...paragraphFacts }, true);
  }, [paragraphFacts]);

  return (
    <>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="room-announcements">
        {said.polite}
      </div>
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true" data-testid="room-announcements-urgent">
        {said.assertive}
      </div>
    </>
  );
}
