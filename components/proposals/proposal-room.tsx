'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useParams } from 'next/navigation';
import * as Y from 'yjs';
import { getParagraphMap, paragraphKeys } from '@/lib/draft';
import { readFragmentText } from '@/lib/editor';
import type { Editor } from '@tiptap/core';
import { can, isRole, type Role } from '@/lib/auth/permissions';
import { createProposalStore, emptyProposalSnapshot, type ProposalSnapshot } from './proposal-store';
import { findContestedParagraphs } from './proposal-model';
import { useDelegationDirectory } from './delegation-directory';
import { readChairEditNotes } from './paragraph-history';
import { describeAttribution, watchWordAttribution, type ChairEditNote } from './word-attribution';
import { pickFallbackColour, pickFormatLocale } from './proposal-text';
import { describeRoomFailure, type RoomAction } from './describe-room-failure';

export interface ProposalUser {
  id: string;
  name: string;
  role: Role;
  delegation: { code: string; name: string; colour: string };
}

export interface ProposalRights {
  create: boolean;
  support: boolean;
  decide: boolean;
  bracket: boolean;
  switchMode: boolean;
}

export interface ProposalFilters {
  /** Delegation code, or '' for all delegations. */
  delegation: string;
  hideAccepted: boolean;
  contestedOnly: boolean;
}

export interface ProposalRoomValue {
  doc: Y.Doc;
  draftId: string;
  user: ProposalUser;
  rights: ProposalRights;
  snapshot: ProposalSnapshot;
  filters: ProposalFilters;
  setFilters(next: ProposalFilters): void;
  /** Paragraph id → label as shown in the gutter. */
  labels: ReadonlyMap<string, string>;
  /** Paragraph ids in document order. */
  order: readonly string[];
  editors: ReadonlyMap<string, Editor>;
  /** Negotiation mode for someone who cannot decide: the text changes only through proposals. */
  locksText: boolean;
  /** The contested-only filter hides this paragraph's row. */
  hidesParagraph(id: string): boolean;
  /** Delegation code → name, for everyone known to the room (named in lines, filters and bulk decisions). */
  delegationNames: ReadonlyMap<string, string>;
  /** A delegation's colour as the room has seen it, or a stable stand-in. */
  colourOf(code: string): string;
  /** Runs a model call, turning a thrown refusal into a visible message that names what was tried. */
  run(action: RoomAction, change: () => unknown): boolean;
  reportError(message: string): void;
  error: string | null;
  dismissError(): void;
  /** What the last clicked word of a paragraph says about where it came from. */
  attribution: AttributionNote | null;
}

export interface AttributionNote {
  paragraphId: string;
  message: string;
}

interface PointedWord {
  paragraphId: string;
  offset: number;
}

const noSubscription = () => () => undefined;

export function buildProposalRights(role: Role): ProposalRights {
  return {
    create: can(role, 'proposal:create'),
    support: can(role, 'proposal:support'),
    decide: can(role, 'proposal:decide'),
    bracket: can(role, 'proposal:bracket'),
    switchMode: can(role, 'draft:switch-mode'),
  };
}

export function readProposalUser(user: { id: string; name: string; role: string; delegation: ProposalUser['delegation'] }): ProposalUser {
  return { ...user, role: isRole(user.role) ? user.role : 'observer' };
}

export function readParagraphText(doc: Y.Doc, paragraphId: string): string {
  const paragraph = getParagraphMap(doc).get(paragraphId);
  const content = paragraph?.get(paragraphKeys.content);
  return content instanceof Y.XmlFragment ? readFragmentText(content) : '';
}

interface RoomParagraph {
  id: string;
  label: string;
  status: string;
}

interface RoomPerson {
  delegation: { code: string; name: string; colour: string };
}

interface RoomSessionLike {
  connection: { doc: Y.Doc; ticket: { user: { id: string; name: string; role: string; delegation: ProposalUser['delegation'] } } };
  editors: ReadonlyMap<string, Editor>;
}

/**
 * Everything the proposal components share, built once per render of the
 * drafting room from its session, paragraphs and people.
 */
export function useProposalRoomState(
  session: RoomSessionLike | null,
  paragraphs: readonly RoomParagraph[],
  people: readonly RoomPerson[],
): ProposalRoomValue | null {
  const t = useTranslations('proposals');
  const tActions = useTranslations('proposalActions');
  const locale = useLocale();
  const formatLocale = pickFormatLocale(locale);
  const params = useParams<{ id: string }>();
  const draftId = params?.id ?? '';
  const doc = session?.connection.doc ?? null;
  const store = useMemo(() => (doc ? createProposalStore(doc) : null), [doc]);
  useEffect(() => () => store?.destroy(), [store]);
  const snapshot = useSyncExternalStore(
    store ? store.subscribe : noSubscription,
    store ? store.getSnapshot : () => emptyProposalSnapshot,
    () => emptyProposalSnapshot,
  );
  const [filters, setFilters] = useState<ProposalFilters>({ delegation: '', hideAccepted: false, contestedOnly: false });
  const [error, setError] = useState<string | null>(null);
  const [pointed, setPointed] = useState<PointedWord | null>(null);
  const editors = session?.editors;
  const directory = useDelegationDirectory(draftId);

  useEffect(() => {
    if (!doc || !editors) return undefined;
    return watchWordAttribution(editors, (paragraphId, offset) => setPointed({ paragraphId, offset }));
  }, [doc, editors]);

  // The chair's words are known from the server's record only: the pointed paragraph's chair edits, read on each pointing.
  const [chairEdits, setChairEdits] = useState<{ paragraphId: string; notes: ChairEditNote[] } | null>(null);
  useEffect(() => {
    if (!pointed || !draftId) return undefined;
    const controller = new AbortController();
    const { paragraphId } = pointed;
    fetch(`/api/drafts/${encodeURIComponent(draftId)}/history?paragraph=${encodeURIComponent(paragraphId)}`, {
      signal: controller.signal,
      cache: 'no-store',
      credentials: 'same-origin',
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => setChairEdits({ paragraphId, notes: readChairEditNotes(body) }))
      // Without the record the word is described from the document alone.
      .catch(() => undefined);
    return () => controller.abort();
  }, [draftId, pointed]);

  if (!session || !doc || !editors) return null;
  const ticketUser = session.connection.ticket.user;
  const user = readProposalUser(ticketUser);
  const colours = new Map<string, string>();
  const names = new Map<string, string>();
  for (const delegation of [...directory.delegations.values(), ...people.map((person) => person.delegation), user.delegation]) {
    colours.set(delegation.code, delegation.colour);
    names.set(delegation.code, delegation.name);
  }
  for (const proposal of snapshot.proposals) if (!names.has(proposal.delegation)) names.set(proposal.delegation, proposal.delegationName);
  const contested = filters.contestedOnly ? findContestedParagraphs(doc) : null;
  const rights = buildProposalRights(user.role);

  return {
    doc,
    draftId,
    user,
    rights,
    snapshot,
    filters,
    setFilters,
    labels: new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph.label])),
    order: paragraphs.map((paragraph) => paragraph.id),
    editors,
    delegationNames: names,
    colourOf: (code) => colours.get(code) ?? pickFallbackColour(code),
    locksText: snapshot.mode === 'negotiation' && !rights.decide,
    hidesParagraph: (id) => contested !== null && !contested.has(id),
    run(action, change) {
      try {
        change();
        setError(null);
        return true;
      } catch (failure) {
        setError(describeRoomFailure(action, failure, locale, tActions));
        return false;
      }
    },
    reportError: setError,
    error,
    dismissError: () => setError(null),
    // Worked out on each render so it follows the text, and names the decider once the directory is in.
    attribution: pointed && {
      paragraphId: pointed.paragraphId,
      message: describeAttribution(
        doc,
        pointed.paragraphId,
        pointed.offset,
        (id) => directory.people.get(id),
        chairEdits?.paragraphId === pointed.paragraphId ? chairEdits.notes : [],
        t,
        formatLocale,
      ),
    },
  };
}
