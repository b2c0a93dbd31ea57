import * as Y from 'yjs';
import type { DiffOp } from '@/lib/compare/types';
import type { ParagraphKind } from '@/lib/draft';

/** Root map of the draft's Y.Doc holding every proposal ever made (records are never deleted). */
export const proposalsKey = 'proposals';
/** Key in the draft's meta map. */
export const modeKey = 'mode';

export const draftModes = ['drafting', 'negotiation'] as const;
export type DraftMode = (typeof draftModes)[number];

export const proposalKinds = ['amend', 'add', 'delete', 'alternative', 'move'] as const;
export type ProposalKind = (typeof proposalKinds)[number];

export const proposalStatuses = ['open', 'accepted', 'rejected', 'withdrawn'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/** Field names of a proposal record; the realtime server's policy checks updates against them. */
export const proposalKeys = {
  id: 'id',
  kind: 'kind',
  paragraphId: 'paragraphId',
  paragraphKind: 'paragraphKind',
  delegation: 'delegation',
  delegationName: 'delegationName',
  authorId: 'authorId',
  authorName: 'authorName',
  createdAt: 'createdAt',
  text: 'text',
  baseText: 'baseText',
  afterParagraphId: 'afterParagraphId',
  status: 'status',
  decidedBy: 'decidedBy',
  decidedAt: 'decidedAt',
  supporters: 'supporters',
  objectors: 'objectors',
} as const;

/** Fields that may change after creation, and only together with a status change. */
export const decisionKeys: readonly string[] = [proposalKeys.status, proposalKeys.decidedBy, proposalKeys.decidedAt];
/** Nested maps delegationCode → true. */
export const positionKeys: readonly string[] = [proposalKeys.supporters, proposalKeys.objectors];

export type ProposalMap = Y.Map<unknown>;

export interface ProposalInit {
  /** Chosen by the caller only when a retry must find the same record (tabling a prepared proposal); otherwise random. */
  id?: string;
  kind: ProposalKind;
  /**
   * The paragraph the proposal is about. For 'add' it is the id the new
   * paragraph will get once accepted (generated when omitted), so attribution
   * and history follow it into the text.
   */
  paragraphId?: string;
  /** Proposed wording for amend, add and alternative. */
  text?: string;
  /** For add and move: the paragraph to place it after; null for the top. */
  afterParagraphId?: string | null;
  /** For add: the kind of the new paragraph (defaults to the kind of the paragraph it follows). */
  paragraphKind?: ParagraphKind;
  delegation: string;
  delegationName: string;
  authorId: string;
  authorName: string;
  now?: Date;
}

export interface ProposalRecord {
  id: string;
  kind: ProposalKind;
  paragraphId: string;
  paragraphKind?: ParagraphKind;
  delegation: string;
  delegationName: string;
  authorId: string;
  authorName: string;
  createdAt: string;
  text: string;
  baseText: string;
  afterParagraphId: string | null;
  status: ProposalStatus;
  decidedBy?: string;
  decidedAt?: string;
  /** Delegation codes, sorted. */
  supporters: string[];
  objectors: string[];
}

export interface ProposalView extends ProposalRecord {
  /** Delegation code and that delegation's running number: "EU 1". */
  label: string;
  /** For alternatives: "bis", "ter", "quater" … by creation order within the paragraph. */
  alternative?: string;
  /** For amend/alternative: word ops from the paragraph's current text to the proposed text. */
  ops: DiffOp[];
  /** False when the paragraph no longer exists (for add: not yet in the text). */
  paragraphExists: boolean;
}

export interface DecisionInit {
  /** User id of the facilitator; the realtime server checks it is the connection's own. */
  decidedBy: string;
  now?: Date;
}

export class UnknownProposalError extends Error {
  constructor(id: string) {
    super(`No proposal with id "${id}" in this draft.`);
  }
}

export class ProposalNotOpenError extends Error {
  constructor(id: string, status: string) {
    super(`Proposal "${id}" is ${status}, not open.`);
  }
}

export function getProposalsMap(doc: Y.Doc): Y.Map<ProposalMap> {
  return doc.getMap<ProposalMap>(proposalsKey);
}

export function getProposal(doc: Y.Doc, id: string): ProposalMap {
  const proposal = getProposalsMap(doc).get(id);
  if (!(proposal instanceof Y.Map)) throw new UnknownProposalError(id);
  return proposal;
}

/** The nested supporters or objectors map; absent only in records not made by createProposal. */
export function getPositionMap(proposal: ProposalMap, key: 'supporters' | 'objectors'): Y.Map<true> | undefined {
  const map = proposal.get(key);
  return map instanceof Y.Map ? (map as Y.Map<true>) : undefined;
}

export function readProposalStatus(proposal: ProposalMap): ProposalStatus {
  const status = proposal.get(proposalKeys.status);
  return (proposalStatuses as readonly unknown[]).includes(status) ? (status as ProposalStatus) : 'open';
}

function readString(proposal: ProposalMap, key: string): string {
  const value = proposal.get(key);
  return typeof value === 'string' ? value : '';
}

function readOptionalString(proposal: ProposalMap, key: string): string | undefined {
  const value = proposal.get(key);
  return typeof value === 'string' ? value : undefined;
}

function readPositions(proposal: ProposalMap, key: 'supporters' | 'objectors'): string[] {
  const map = getPositionMap(proposal, key);
  if (!map) return [];
  return [...map.entries()]
    .filter(([, value]) => value === true)
    .map(([code]) => code)
    .sort();
}

/** Plain data of one record, tolerant of missing or malformed fields. */
export function readProposalRecord(id: string, proposal: ProposalMap): ProposalRecord {
  const kind = proposal.get(proposalKeys.kind);
  const after = proposal.get(proposalKeys.afterParagraphId);
  const paragraphKind = readOptionalString(proposal, proposalKeys.paragraphKind) as ParagraphKind | undefined;
  const decidedBy = readOptionalString(proposal, proposalKeys.decidedBy);
  const decidedAt = readOptionalString(proposal, proposalKeys.decidedAt);
  return {
    id,
    kind: (proposalKinds as readonly unknown[]).includes(kind) ? (kind as ProposalKind) : 'amend',
    paragraphId: readString(proposal, proposalKeys.paragraphId),
    ...(paragraphKind ? { paragraphKind } : {}),
    delegation: readString(proposal, proposalKeys.delegation),
    delegationName: readString(proposal, proposalKeys.delegationName),
    authorId: readString(proposal, proposalKeys.authorId),
    authorName: readString(proposal, proposalKeys.authorName),
    createdAt: readString(proposal, proposalKeys.createdAt),
    text: readString(proposal, proposalKeys.text),
    baseText: readString(proposal, proposalKeys.baseText),
    afterParagraphId: typeof after === 'string' ? after : null,
    status: readProposalStatus(proposal),
    ...(decidedBy !== undefined ? { decidedBy } : {}),
    ...(decidedAt !== undefined ? { decidedAt } : {}),
    supporters: readPositions(proposal, 'supporters'),
    objectors: readPositions(proposal, 'objectors'),
  };
}

/** Every record in creation order (creation time, then id, so every replica agrees). */
export function readProposalRecords(doc: Y.Doc): ProposalRecord[] {
  const records: ProposalRecord[] = [];
  getProposalsMap(doc).forEach((proposal, id) => {
    if (proposal instanceof Y.Map) records.push(readProposalRecord(id, proposal));
  });
  return records.sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1));
}

/** Random ids like paragraph ids; about 60 bits, so replicas never collide. */
export function createProposalId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let id = 'q';
  for (const byte of bytes) id += (byte % 36).toString(36);
  return id;
}
