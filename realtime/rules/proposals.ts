import * as Y from 'yjs';
import { can } from '@/lib/auth/permissions';
import { draftDocKeys } from '@/lib/draft';
import {
  decisionKeys,
  draftModes,
  maxExplanationLength,
  modeKey,
  positionKeys,
  proposalKeys,
  proposalKinds,
  proposalsKey,
  readDraftMode,
  readProposalStatus,
  versionedKeys,
  type ProposalVersion,
} from '@/lib/proposals';
import { getParagraphContent, getParagraphMap } from '@/lib/draft';
import { readFragmentText } from '@/lib/editor';
import type { ConnectionIdentity } from '../authenticate';
import { readItemValue, type Change } from '../changes/read-changes';
import type { RuleContext } from './rule';

class Forbidden extends Error {}

interface NewProposal {
  fields: Map<string, unknown[]>;
  versions: unknown[];
}

/** A new version of an existing proposal: the entries pushed to its versions and the plain fields set with them. */
interface Edit {
  proposal: Y.Map<unknown>;
  set: Map<string, unknown[]>;
  versions: unknown[];
}

/** Explanations set on existing proposals: the values written in this update. */
interface Explanation {
  proposal: Y.Map<unknown>;
  values: unknown[];
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
  const edits = new Map<string, Edit>();
  const explanations = new Map<string, Explanation>();
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
        if (!newProposals.has(key)) newProposals.set(key, { fields: new Map(), versions: [] });
        continue;
      }
      const proposalId = top.key;
      if (proposalId === null) throw new Forbidden('Malformed proposal.');
      if (deeper.length > 0) throw new Forbidden('Malformed proposal.');
      if (nested && nested.key === proposalKeys.versions) {
        if (deletion || key !== null) throw new Forbidden('Versions of a proposal are only ever added.');
        const entries = item.content.getContent();
        if (top.fresh) {
          const created = newProposals.get(proposalId);
          if (!created) throw new Forbidden('Malformed proposal.');
          created.versions.push(...entries);
        } else {
          if (nested.fresh) throw new Forbidden('A proposal keeps the versions it has.');
          const proposal = (top.item.content as Y.ContentType).type as Y.Map<unknown>;
          const edit: Edit = edits.get(proposalId) ?? { proposal, set: new Map(), versions: [] };
          edits.set(proposalId, edit);
          edit.versions.push(...entries);
        }
        continue;
      }
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
      const proposal = (top.item.content as Y.ContentType).type as Y.Map<unknown>;
      if (versionedKeys.includes(key)) {
        if (deletion) continue;
        const edit: Edit = edits.get(proposalId) ?? { proposal, set: new Map(), versions: [] };
        edits.set(proposalId, edit);
        edit.set.set(key, [...(edit.set.get(key) ?? []), readItemValue(item)]);
        continue;
      }
      if (key === proposalKeys.explanation) {
        if (deletion) continue;
        const explanation = explanations.get(proposalId) ?? { proposal, values: [] };
        explanations.set(proposalId, explanation);
        explanation.values.push(readItemValue(item));
        continue;
      }
      if (!decisionKeys.includes(key)) throw new Forbidden(`The proposal's ${key} cannot change after it is made.`);
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

  for (const [id, created] of newProposals) checkNewProposal(id, created, identity);
  for (const [id, decision] of decisions) checkDecision(doc, id, decision, identity);
  for (const [id, edit] of edits) checkEdit(doc, id, edit, identity, decisions.has(id));
  for (const [id, explanation] of explanations) checkExplanationChange(id, explanation, identity);
}

function checkExplanationValue(value: unknown): void {
  if (typeof value !== 'string') throw new Forbidden("A proposal's explanation is plain text.");
  if (value.length > maxExplanationLength) {
    throw new Forbidden(`The explanation is ${value.length} characters long; at most ${maxExplanationLength} are kept.`);
  }
}

/** Only the proposing delegation explains its proposal, and only while it is open. */
function checkExplanationChange(id: string, { proposal, values }: Explanation, identity: ConnectionIdentity): void {
  if (proposal.get(proposalKeys.delegation) !== identity.delegationCode || !can(identity.role, 'proposal:create')) {
    throw new Forbidden('Only the proposing delegation can explain its proposal.');
  }
  const status = readProposalStatus(proposal);
  if (status !== 'open') throw new Forbidden(`Proposal ${id} is already ${status}.`);
  if (values.length !== 1) throw new Forbidden('"explanation" is set twice.');
  checkExplanationValue(values[0]);
}

/** A version entry as the server expects it: written now, by this connection's person. */
function checkVersion(value: unknown, identity: ConnectionIdentity): ProposalVersion {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Forbidden('A proposal version is a record.');
  const version = value as Record<string, unknown>;
  const keys = ['text', 'baseText', 'at', 'authorId', 'authorName'];
  if (Object.keys(version).some((key) => !keys.includes(key)) || keys.some((key) => typeof version[key] !== 'string')) {
    throw new Forbidden('Malformed proposal version.');
  }
  if (version.authorId !== identity.userId) throw new Forbidden('You can only write a proposal version as yourself.');
  if (identity.userName !== undefined && version.authorName !== identity.userName) {
    throw new Forbidden(`You can only write a proposal version as ${identity.userName}.`);
  }
  const at = Date.parse(String(version.at));
  if (!Number.isFinite(at) || Math.abs(at - Date.now()) > 10 * 60_000) throw new Forbidden('A proposal version is dated now.');
  return version as unknown as ProposalVersion;
}

function checkEdit(doc: Y.Doc, id: string, { proposal, set, versions }: Edit, identity: ConnectionIdentity, decided: boolean): void {
  if (decided) throw new Forbidden('A proposal is not rewritten and decided at once.');
  if (proposal.get(proposalKeys.delegation) !== identity.delegationCode || !can(identity.role, 'proposal:create')) {
    throw new Forbidden('Only the proposing delegation can update a proposal.');
  }
  const status = readProposalStatus(proposal);
  if (status !== 'open') throw new Forbidden(`Proposal ${id} is already ${status}.`);
  if (versions.length !== 1) throw new Forbidden('An update adds exactly one version of the proposal.');
  const version = checkVersion(versions[0], identity);
  for (const key of versionedKeys) {
    const values = set.get(key) ?? [];
    const expected = key === proposalKeys.text ? version.text : version.baseText;
    if (values.length !== 1 || values[0] !== expected) throw new Forbidden(`An update sets the proposal's ${key} to its new version's.`);
  }
  const kind = proposal.get(proposalKeys.kind);
  if (kind === 'move') throw new Forbidden('A move has no wording to update.');
  if (kind === 'delete' ? version.text !== '' : version.text.trim() === '') throw new Forbidden('Malformed proposal version.');
  if (kind === 'add') {
    if (version.baseText !== '') throw new Forbidden('A new paragraph has no base text.');
    return;
  }
  // The base must be the paragraph as the server has it: a version claiming another base would misreport its own change.
  if (readCurrentText(doc, proposal) !== version.baseText)
    throw new Forbidden('The paragraph changed while you were updating your proposal: update it again.');
}

function readSingle(fields: Map<string, unknown[]>, key: string): unknown {
  const values = fields.get(key) ?? [];
  if (values.length !== 1) throw new Forbidden(values.length === 0 ? `A proposal needs "${key}".` : `"${key}" is set twice.`);
  return values[0];
}

function checkNewProposal(id: string, { fields, versions }: NewProposal, identity: ConnectionIdentity): void {
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
  if (fields.has(proposalKeys.explanation)) checkExplanationValue(readSingle(fields, proposalKeys.explanation));
  const createdAt = Date.parse(String(readSingle(fields, proposalKeys.createdAt)));
  if (!Number.isFinite(createdAt) || Math.abs(createdAt - Date.now()) > 10 * 60_000) throw new Forbidden('A new proposal is dated now.');
  // Version 1 repeats the record's own wording; a record without versions (an older build) is given one on load.
  if (versions.length > 1) throw new Forbidden('A new proposal has one version.');
  if (versions.length === 1) {
    const version = checkVersion(versions[0], identity);
    if (version.text !== readSingle(fields, proposalKeys.text) || version.baseText !== readSingle(fields, proposalKeys.baseText)) {
      throw new Forbidden("A new proposal's first version is its own wording.");
    }
  }
}

function readCurrentText(doc: Y.Doc, proposal: Y.Map<unknown>): string | null {
  const paragraph = getParagraphMap(doc).get(String(proposal.get(proposalKeys.paragraphId)));
  return paragraph ? readFragmentText(getParagraphContent(paragraph)) : null;
}

function checkDecision(doc: Y.Doc, id: string, { proposal, set, deleted }: Decision, identity: ConnectionIdentity): void {
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
    const onto = set.get(proposalKeys.acceptedOnto) ?? [];
    const notes = set.get(proposalKeys.bracketNote) ?? [];
    if (status === 'rejected' && (onto.length > 0 || notes.length > 0)) throw new Forbidden('A rejection changes no text.');
    // What the change replaced is part of the record of who removed which words: it must be the text as it stood.
    if (onto.length > 0 && onto.some((value) => value !== readCurrentText(doc, proposal))) {
      throw new Forbidden('The paragraph changed while you were accepting: accept again.');
    }
    if (notes.some((value) => typeof value !== 'string' || value.length > 2000)) throw new Forbidden('Malformed note on brackets.');
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
