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
import type { ConnectionIdentity } from './authenticate';
import { readDecodedUpdate, type DecodedUpdate } from './decoded-update';
import { listItemsDeletedBy } from './deleted-items';
import { readItemValue } from './paragraph-shape';

// Yjs types are parameterised by their event type, which does not matter here.
type AnyType = Y.AbstractType<any>;
type DecodedItem = Y.Item & { parent: Y.ID | string | null | AnyType };

/** One level on the way from a root type down to a change: the map key (null inside arrays and text). */
interface Step {
  key: string | null;
  /** The struct holding this level's type; `fresh` when it arrives with the update itself. */
  item: Y.Item;
  fresh: boolean;
}

/** Where a change lands: the root type's name and the levels below it, ending with the changed key. */
interface Place {
  root: string;
  steps: Step[];
}

/**
 * Where an incoming struct lands: its container, and its own key there. An
 * update leaves out the parent and key of a struct that has an origin (Yjs
 * inherits them from the origin), so both may come from a neighbour.
 */
type Resolved = { kind: 'place'; place: Place; key: string | null } | { kind: 'discarded' } | { kind: 'unresolved' };

/** A change found in the update: a new struct (with its value) or the deletion of an existing one. */
interface Change {
  place: Place;
  /** The key this change sets or deletes (the last step's key). */
  key: string | null;
  deletion: boolean;
  item: Y.Item;
}

class Forbidden extends Error {}

/**
 * Reads every change an update would make, without applying it: the parent of
 * each new struct (given outright, or inherited from its left/right origin)
 * is found in the document or among the update's own structs, and each
 * deleted struct is looked up in the document, then walked up to its root.
 */
function readChanges(doc: Y.Doc, update: Uint8Array | DecodedUpdate): Change[] | 'unresolved' {
  const { structs, ds } = readDecodedUpdate(update);
  const rootNames = new Map<AnyType, string>();
  for (const [name, type] of doc.share) rootNames.set(type, name);
  const incoming = new Map<number, Y.Item[]>();
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const list = incoming.get(struct.id.client) ?? [];
    list.push(struct);
    incoming.set(struct.id.client, list);
  }
  const findIncoming = (id: Y.ID): Y.Item | undefined =>
    incoming.get(id.client)?.find((item) => item.id.clock <= id.clock && id.clock < item.id.clock + item.length);
  const findExisting = (id: Y.ID): Y.Item | Y.GC | undefined => {
    if (Y.getState(doc.store, id.client) <= id.clock) return undefined;
    return Y.getItem(doc.store, id) as Y.Item | Y.GC;
  };

  const placeOfType = (type: AnyType): Place | null => {
    const steps: Step[] = [];
    let current: AnyType = type;
    while (current._item) {
      steps.unshift({ key: current._item.parentSub, item: current._item, fresh: false });
      current = current._item.parent as AnyType;
    }
    const root = rootNames.get(current);
    return root === undefined ? null : { root, steps };
  };

  const memo = new Map<Y.Item, Resolved>();
  /** The container an incoming item lands in. */
  const resolve = (item: DecodedItem, depth = 0): Resolved => {
    const cached = memo.get(item);
    if (cached) return cached;
    let result: Resolved = { kind: 'unresolved' };
    const parent = item.parent;
    const own = item.parentSub;
    if (typeof parent === 'string') {
      result = { kind: 'place', place: { root: parent, steps: [] }, key: own };
    } else if (parent instanceof Y.ID) {
      const existing = findExisting(parent);
      if (existing instanceof Y.Item && existing.content instanceof Y.ContentType) {
        const place = placeOfType(existing.content.type);
        result = place ? { kind: 'place', place, key: own } : { kind: 'unresolved' };
      } else if (existing) {
        result = { kind: 'discarded' };
      } else {
        const fresh = findIncoming(parent);
        if (fresh && fresh !== item && depth < 10_000) {
          const outer = resolve(fresh as DecodedItem, depth + 1);
          result =
            outer.kind === 'place'
              ? {
                  kind: 'place',
                  place: { root: outer.place.root, steps: [...outer.place.steps, { key: outer.key, item: fresh, fresh: true }] },
                  key: own,
                }
              : outer;
        }
      }
    } else if (parent === null) {
      const originId = item.origin ?? item.rightOrigin;
      const existing = originId ? findExisting(originId) : undefined;
      if (existing instanceof Y.Item) {
        const place = placeOfType(existing.parent as AnyType);
        result = place ? { kind: 'place', place, key: existing.parentSub } : { kind: 'unresolved' };
      } else if (existing) {
        result = { kind: 'discarded' };
      } else {
        const sibling = originId ? findIncoming(originId) : undefined;
        if (sibling && sibling !== item && depth < 10_000) result = resolve(sibling as DecodedItem, depth + 1);
      }
    } else {
      const place = placeOfType(parent);
      result = place ? { kind: 'place', place, key: own } : { kind: 'unresolved' };
    }
    memo.set(item, result);
    return result;
  };

  const changes: Change[] = [];
  for (const [client, items] of incoming) {
    const known = Y.getState(doc.store, client);
    for (const item of items) {
      if (item.id.clock + item.length <= known) continue;
      const resolved = resolve(item as DecodedItem);
      if (resolved.kind === 'unresolved') return 'unresolved';
      if (resolved.kind === 'discarded') continue;
      changes.push({ place: resolved.place, key: resolved.key, deletion: false, item });
    }
  }
  for (const struct of listItemsDeletedBy(doc, ds)) {
    const place = placeOfType(struct.parent as AnyType);
    if (place) changes.push({ place, key: struct.parentSub, deletion: true, item: struct });
  }
  return changes;
}

interface NewProposal {
  fields: Map<string, unknown[]>;
}

interface Decision {
  proposal: Y.Map<unknown>;
  set: Map<string, unknown[]>;
  deleted: Set<string>;
}

/**
 * Says why an update may not be applied for this connection, or null if it
 * may. Guards what edit-policy does not: proposal records may only be made,
 * supported, objected to or withdrawn in the connection's own name and
 * decided by a facilitator; the draft mode is the facilitator's; and in
 * negotiation mode only the facilitator changes the text directly.
 */
export function findForbiddenProposalChange(doc: Y.Doc, update: Uint8Array | DecodedUpdate, identity: ConnectionIdentity): string | null {
  const changes = readChanges(doc, update);
  if (changes === 'unresolved') return 'The update refers to content this draft does not have.';
  if (changes.length === 0) return null;
  try {
    checkChanges(doc, changes, identity);
    return null;
  } catch (error) {
    if (error instanceof Forbidden) return error.message;
    throw error;
  }
}

function checkChanges(doc: Y.Doc, changes: Change[], identity: ConnectionIdentity): void {
  const { role, readOnly, delegationCode } = identity;
  const isFacilitator = role === 'facilitator';
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
      if (!isFacilitator) throw new Forbidden('Only the facilitator can switch the draft mode.');
      if (!deletion && !(draftModes as readonly unknown[]).includes(readItemValue(item))) throw new Forbidden('Unknown draft mode.');
      continue;
    }
    const textRoot = place.root === draftDocKeys.paragraphs || place.root === draftDocKeys.order || place.root === draftDocKeys.meta;
    if (negotiation && !isFacilitator && textRoot) {
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
