import * as Y from 'yjs';
import { can } from '@/lib/auth/permissions';
import { draftDocKeys } from '@/lib/draft';
import {
  decisionKeys,
  draftModes,
  modeKey,
  positionKeys,
  proposalKeys,
  proposalKinds,
  proposalsKey,
  readDraftMode,
  readProposalStatus,
} from '@/lib/proposals';
import type { ConnectionIdentity } from '../authenticate';
import { readItemValue, type Change } from '../changes/read-changes';
import type { RuleContext } from './rule';

class Forbidden extends Error {}

interface NewProposal {
  fields: Map<string, unknown[]>;
}

interface Decision {
  proposal: Y.Map<unknown>;
  set: Map<string, unknown[]>;
  deleted: Set<string>;
}

/**
 * Guards what the paragraph rules do not: proposal records may only be made,
 * supported, objected to or withdrawn in the connection's own name and
 * decided by a facilitator; the draft mode is the facilitator's; and in
 * negotiation mode only the facilitator changes the text directly.
 */
export function checkProposals(context: RuleContext): string | null {
  if (context.changes.length === 0) return null;
  try {
    checkChanges(context.doc, context.changes, context.identity);
    return null;
  } catch (error) {
    if (error instanceof Forbidden) return error.message;
    throw error;
  }
}

function checkChanges(doc: Y.Doc, changes: Change[], identity: ConnectionIdentity): void {
  const { role, readOnly, delegationCode } = identity;
  const canSwitchMode = can(role, 'draft:switch-mode');
  // In negotiation mode the text is the chair's: only who may decide proposals edits it directly.
  const keepsLiveText = can(role, 'proposal:decide');
  const negotiation = readDraftMode(doc) === 'negotiation';
  const newProposals = new Map<string, NewProposal>();
  const decisions = new Map<string, Decision>();
  const proposals = doc.getMap(proposalsKey);

  for (const change of changes) {
    const { place, key, deletion, item } = change;
    if (readOnly) throw new Forbidden('This connection is read-only.');
    if (place.root === proposalsKey) {
      const [top, nested, ...deeper] = place.steps;
      if (!top) {
        // An entry of the proposals map itself: a record being created (or replaced, or removed).
        if (deletion) throw new Forbidden('Proposals are never deleted.');
        if (!can(role, 'proposal:create')) throw new Forbidden('Your role cannot make proposals.');
        if (!(readItemValue(item) instanceof Y.Map)) throw new Forbidden('A proposal must be a map.');
        if (key === null || proposals.has(key)) throw new Forbidden('A proposal cannot be replaced.');
        if (!newProposals.has(key)) newProposals.set(key, { fields: new Map() });
        continue;
      }
      const proposalId = top.key;
      if (proposalId === null) throw new Forbidden('Malformed proposal.');
      if (deeper.length > 0) throw new Forbidden('Malformed proposal.');
      if (nested) {
        // supporters / objectors: delegation code → true.
        if (nested.key === null || !positionKeys.includes(nested.key)) throw new Forbidden('Malformed proposal.');
        if (!can(role, 'proposal:support')) throw new Forbidden('Your role cannot support or object to proposals.');
        if (key !== delegationCode) throw new Forbidden(`You can only take a position for your own delegation (${delegationCode}).`);
        if (!deletion && readItemValue(item) !== true) throw new Forbidden('A position is recorded as true.');
        continue;
      }
      if (key === null) throw new Forbidden('Malformed proposal.');
      if (top.fresh) {
        if (deletion) continue;
        const value = readItemValue(item);
        const isPosition = positionKeys.includes(key);
        if (isPosition !== value instanceof Y.Map) throw new Forbidden(`Malformed proposal field "${key}".`);
        const fields = newProposals.get(proposalId)?.fields;
        if (!fields) throw new Forbidden('Malformed proposal.');
        fields.set(key, [...(fields.get(key) ?? []), value]);
        continue;
      }
      if (!decisionKeys.includes(key)) throw new Forbidden(`The proposal's ${key} cannot change after it is made.`);
      const proposal = (top.item.content as Y.ContentType).type as Y.Map<unknown>;
      const decision = decisions.get(proposalId) ?? { proposal, set: new Map(), deleted: new Set() };
      decisions.set(proposalId, decision);
      if (deletion) decision.deleted.add(key);
      else decision.set.set(key, [...(decision.set.get(key) ?? []), readItemValue(item)]);
      continue;
    }
    if (place.root === draftDocKeys.meta && place.steps.length === 0 && key === modeKey) {
      if (!canSwitchMode) throw new Forbidden('Only the facilitator can switch the draft mode.');
      if (!deletion && !(draftModes as readonly unknown[]).includes(readItemValue(item))) throw new Forbidden('Unknown draft mode.');
      continue;
    }
    const textRoot = place.root === draftDocKeys.paragraphs || place.root === draftDocKeys.order || place.root === draftDocKeys.meta;
    if (negotiation && !keepsLiveText && textRoot) {
      throw new Forbidden('The draft is in negotiation: make a proposal instead of editing the text.');
    }
  }

  for (const [id, { fields }] of newProposals) checkNewProposal(id, fields, identity);
  for (const [id, decision] of decisions) checkDecision(id, decision, identity);
}

function readSingle(fields: Map<string, unknown[]>, key: string): unknown {
  const values = fields.get(key) ?? [];
  if (values.length !== 1) throw new Forbidden(values.length === 0 ? `A proposal needs "${key}".` : `"${key}" is set twice.`);
  return values[0];
}

function checkNewProposal(id: string, fields: Map<string, unknown[]>, identity: ConnectionIdentity): void {
  if (readSingle(fields, proposalKeys.delegation) !== identity.delegationCode) {
    throw new Forbidden(`You can only make proposals for your own delegation (${identity.delegationCode}).`);
  }
  if (readSingle(fields, proposalKeys.authorId) !== identity.userId) throw new Forbidden('You can only make proposals as yourself.');
  // The names people read ("Proposed by Colombia") must be the ones the server signed, not the sender's choice.
  if (identity.delegationName !== undefined && readSingle(fields, proposalKeys.delegationName) !== identity.delegationName) {
    throw new Forbidden(`You can only make proposals as ${identity.delegationName}.`);
  }
  if (identity.userName !== undefined && readSingle(fields, proposalKeys.authorName) !== identity.userName) {
    throw new Forbidden(`You can only make proposals as ${identity.userName}.`);
  }
  if (readSingle(fields, proposalKeys.status) !== 'open') throw new Forbidden('A new proposal is open.');
  if (!(proposalKinds as readonly unknown[]).includes(readSingle(fields, proposalKeys.kind))) throw new Forbidden('Unknown proposal kind.');
  const paragraphId = readSingle(fields, proposalKeys.paragraphId);
  if (typeof paragraphId !== 'string' || paragraphId.length === 0) throw new Forbidden('A proposal needs a paragraph.');
  const recordId = fields.get(proposalKeys.id);
  if (recordId && recordId.some((value) => value !== id)) throw new Forbidden('A proposal id must match its key.');
  if (fields.has(proposalKeys.decidedBy) || fields.has(proposalKeys.decidedAt)) throw new Forbidden('A new proposal is not decided.');
  const createdAt = Date.parse(String(readSingle(fields, proposalKeys.createdAt)));
  if (!Number.isFinite(createdAt) || Math.abs(createdAt - Date.now()) > 10 * 60_000) throw new Forbidden('A new proposal is dated now.');
}

function checkDecision(id: string, { proposal, set, deleted }: Decision, identity: ConnectionIdentity): void {
  for (const key of deleted) if (!set.has(key)) throw new Forbidden(`The proposal's ${key} cannot be removed.`);
  const statuses = new Set(set.get(proposalKeys.status) ?? []);
  if (statuses.size !== 1) throw new Forbidden(statuses.size === 0 ? 'A decision needs a status.' : 'Conflicting statuses.');
  const [status] = statuses;
  const current = readProposalStatus(proposal);
  if (current !== 'open') throw new Forbidden(`Proposal ${id} is already ${current}.`);
  if (status === 'accepted' || status === 'rejected') {
    if (!can(identity.role, 'proposal:decide')) throw new Forbidden('Only the facilitator decides on proposals.');
    const deciders = set.get(proposalKeys.decidedBy) ?? [];
    if (deciders.some((value) => value !== identity.userId)) throw new Forbidden('A decision is recorded in your own name.');
    return;
  }
  if (status === 'withdrawn') {
    if (proposal.get(proposalKeys.delegation) !== identity.delegationCode || !can(identity.role, 'proposal:create')) {
      throw new Forbidden('Only the proposing delegation can withdraw a proposal.');
    }
    if (set.has(proposalKeys.decidedBy) || set.has(proposalKeys.decidedAt)) throw new Forbidden('A withdrawal is not a decision.');
    return;
  }
  throw new Forbidden('A proposal can only be accepted, rejected or withdrawn.');
}
