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
  /** Y.Array of ProposalVersion, oldest first; the last one is what `text` and `baseText` hold. */
  versions: 'versions',
  /** Set on acceptance: the paragraph's text the change was applied to (what it replaced). */
  acceptedOnto: 'acceptedOnto',
  /** Set on acceptance when the change touched bracketed text: what the facilitator confirmed happens to it. */
  bracketNote: 'bracketNote',
  /** The proposing delegation's plain-text explanation ("" or absent for none); it may rewrite it while the proposal is open. */
  explanation: 'explanation',
} as const;

/** Longest explanation a proposal carries (the same bound as a prepared proposal's). */
export const maxExplanationLength = 4_000;

export class ExplanationTooLongError extends Error {
  constructor(readonly length: number) {
    super(`The explanation is ${length} characters long; at most ${maxExplanationLength} are kept. Shorten it and try again.`);
  }
}

/** Trimmed explanation, or throws ExplanationTooLongError; the same check the realtime server makes. */
export function checkExplanation(explanation: string | undefined): string {
  const value = (explanation ?? '').trim();
  if (value.length > maxExplanationLength) throw new ExplanationTooLongError(value.length);
  return value;
}

/** Fields that may change after creation, and only together with a status change. */
export const decisionKeys: readonly string[] = [
  proposalKeys.status,
  proposalKeys.decidedBy,
  proposalKeys.decidedAt,
  proposalKeys.acceptedOnto,
  proposalKeys.bracketNote,
];
/** Fields the proposing delegation changes, together with a new entry in `versions`, while the proposal is open. */
export const versionedKeys: readonly string[] = [proposalKeys.text, proposalKeys.baseText];
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
  /** Why the delegation proposes it, in plain text; optional, at most maxExplanationLength characters. */
  explanation?: string;
  delegation: string;
  delegationName: string;
  authorId: string;
  authorName: string;
  now?: Date;
}

/**
 * One wording of a proposal and the paragraph text it was written against.
 * Version 1 is the proposal as made; each update by its delegation adds one.
 */
export interface ProposalVersion {
  text: string;
  baseText: string;
  at: string;
  authorId: string;
  authorName: string;
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
  /** Oldest first; never empty (a record made before versions existed reads as its version 1). */
  versions: ProposalVersion[];
  acceptedOnto?: string;
  bracketNote?: string;
  /** "" when the delegation gave none. */
  explanation: string;
}

export interface ProposalView extends ProposalRecord {
  /** Delegation code and that delegation's running number: "EU 1". */
  label: string;
  /** For alternatives: "bis", "ter", "quater" … by creation order within the paragraph. */
  alternative?: string;
  /** For amend/alternative: word ops from the proposal's own base text to its proposed text. */
  ops: DiffOp[];
  /** False when the paragraph no longer exists (for add: not yet in the text). */
  paragraphExists: boolean;
  /** The paragraph's text now; null when it does not exist. */
  currentText: string | null;
  /** Open, and the paragraph's text is no longer the text the proposal was written against. */
  overtaken: boolean;
  /** Open, and the proposal can be accepted onto the text as it now stands (see mergeProposalText). */
  applies: boolean;
}

export interface DecisionInit {
  /** User id of the facilitator; the realtime server checks it is the connection's own. */
  decidedBy: string;
  now?: Date;
  /** Required when the change removes or rewrites bracketed text: what the facilitator says happens to the brackets. */
  bracketNote?: string;
}

export class UnknownProposalError extends Error {
  constructor(readonly id: string) {
    super(`No proposal with id "${id}" in this draft.`);
  }
}

export class ProposalNotOpenError extends Error {
  constructor(
    readonly id: string,
    readonly status: string,
  ) {
    super(`Proposal "${id}" is ${status}, not open.`);
  }
}

export class ProposalOvertakenError extends Error {
  constructor(readonly id: string) {
    super(`Proposal "${id}" was overtaken: the passage it changes has changed since. Its delegation can update it onto the current text.`);
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

function isVersion(value: unknown): value is ProposalVersion {
  if (typeof value !== 'object' || value === null) return false;
  const version = value as Record<string, unknown>;
  return ['text', 'baseText', 'at', 'authorId', 'authorName'].every((key) => typeof version[key] === 'string');
}

/** The versions array; absent only in records made before versions existed. */
export function getVersionsArray(proposal: ProposalMap): Y.Array<ProposalVersion> | undefined {
  const versions = proposal.get(proposalKeys.versions);
  return versions instanceof Y.Array ? (versions as Y.Array<ProposalVersion>) : undefined;
}

function readVersions(proposal: ProposalMap, first: ProposalVersion): ProposalVersion[] {
  const versions = (getVersionsArray(proposal)?.toArray() ?? []).filter(isVersion);
  return versions.length > 0 ? versions : [first];
}

/** Plain data of one record, tolerant of missing or malformed fields. */
export function readProposalRecord(id: string, proposal: ProposalMap): ProposalRecord {
  const kind = proposal.get(proposalKeys.kind);
  const after = proposal.get(proposalKeys.afterParagraphId);
  const paragraphKind = readOptionalString(proposal, proposalKeys.paragraphKind) as ParagraphKind | undefined;
  const decidedBy = readOptionalString(proposal, proposalKeys.decidedBy);
  const decidedAt = readOptionalString(proposal, proposalKeys.decidedAt);
  const acceptedOnto = readOptionalString(proposal, proposalKeys.acceptedOnto);
  const bracketNote = readOptionalString(proposal, proposalKeys.bracketNote);
  const authorId = readString(proposal, proposalKeys.authorId);
  const authorName = readString(proposal, proposalKeys.authorName);
  const createdAt = readString(proposal, proposalKeys.createdAt);
  const versions = readVersions(proposal, {
    text: readString(proposal, proposalKeys.text),
    baseText: readString(proposal, proposalKeys.baseText),
    at: createdAt,
    authorId,
    authorName,
  });
  // The array's order is the same on every replica; two concurrent updates could leave the plain fields disagreeing.
  const { text, baseText } = versions.at(-1)!;
  return {
    id,
    kind: (proposalKinds as readonly unknown[]).includes(kind) ? (kind as ProposalKind) : 'amend',
    paragraphId: readString(proposal, proposalKeys.paragraphId),
    ...(paragraphKind ? { paragraphKind } : {}),
    delegation: readString(proposal, proposalKeys.delegation),
    delegationName: readString(proposal, proposalKeys.delegationName),
    authorId,
    authorName,
    createdAt,
    text,
    baseText,
    afterParagraphId: typeof after === 'string' ? after : null,
    status: readProposalStatus(proposal),
    ...(decidedBy !== undefined ? { decidedBy } : {}),
    ...(decidedAt !== undefined ? { decidedAt } : {}),
    supporters: readPositions(proposal, 'supporters'),
    objectors: readPositions(proposal, 'objectors'),
    versions,
    ...(acceptedOnto !== undefined ? { acceptedOnto } : {}),
    ...(bracketNote !== undefined ? { bracketNote } : {}),
    explanation: readString(proposal, proposalKeys.explanation),
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
