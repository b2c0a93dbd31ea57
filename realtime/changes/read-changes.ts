import * as Y from 'yjs';
import { readDecodedUpdate, type DecodedUpdate } from '../decoded-update';
import { listItemsDeletedBy } from '../deleted-items';

// Yjs types are parameterised by their event type, which does not matter here.
export type AnyType = Y.AbstractType<any>;
type DecodedItem = Y.Item & { parent: Y.ID | string | null | AnyType };

/** One level on the way from a root type down to a change: the map key (null inside arrays and text). */
export interface Step {
  key: string | null;
  /** The struct holding this level's type; `fresh` when it arrives with the update itself. */
  item: Y.Item;
  fresh: boolean;
}

/** Where a change lands: the root type's name and the levels below it, ending with the changed key. */
export interface Place {
  root: string;
  steps: Step[];
}

/** A change found in the update: a new struct (with its value) or the deletion of an existing one. */
export interface Change {
  place: Place;
  /** The key this change sets or deletes (null inside arrays and text). */
  key: string | null;
  deletion: boolean;
  item: Y.Item;
}

export interface ReadChanges {
  changes: Change[];
  /** Whether the update deletes the struct with this id (to tell a removed container from a removed field). */
  deletes(id: Y.ID): boolean;
}

/**
 * Where an incoming struct lands: its container, and its own key there. An
 * update leaves out the parent and key of a struct that has an origin (Yjs
 * inherits them from the origin), so both may come from a neighbour.
 */
type Resolved = { kind: 'place'; place: Place; key: string | null } | { kind: 'discarded' } | { kind: 'unresolved' } | { kind: 'too-deep' };

/**
 * No part of a draft nests deeper than this below its root (a character in a
 * paragraph's text is four levels down). Stopping here also keeps reading a
 * crafted chain of thousands of nested types linear.
 */
export const maxChangeDepth = 8;

/** The shared type a step holds (live for existing steps, not yet integrated for fresh ones). */
export function readStepType(step: Step): AnyType | undefined {
  return step.item.content instanceof Y.ContentType ? step.item.content.type : undefined;
}

/**
 * The value an incoming map entry sets, exactly as Yjs will read it back: the
 * last element of whatever the struct holds. A hand-made update can put any
 * kind of content under a key; a string there reads back as its last
 * character ('operative' as 'e'), so judging the whole string would pass a
 * value that is never stored.
 */
export function readItemValue(item: Y.Item): unknown {
  return item.content.getContent().at(-1);
}

/**
 * The one reader of what an update would change, without applying it: the
 * parent of each new struct (given outright, or inherited from its left/right
 * origin) is found in the document or among the update's own structs, and each
 * deleted struct is looked up in the document, then walked up to its root.
 * Returns 'unresolved' when a struct's place cannot be found, 'too-deep' when
 * it lands deeper than any part of a draft goes.
 */
export function readChanges(doc: Y.Doc, update: Uint8Array | DecodedUpdate): ReadChanges | 'unresolved' | 'too-deep' {
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
  const findIncoming = (id: Y.ID): Y.Item | undefined => {
    const list = incoming.get(id.client);
    if (!list) return undefined;
    // Structs of one client arrive sorted by clock: binary search keeps big pastes linear-logarithmic.
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const item = list[middle]!;
      if (id.clock < item.id.clock) high = middle - 1;
      else if (id.clock >= item.id.clock + item.length) low = middle + 1;
      else return item;
    }
    return undefined;
  };
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
            outer.kind === 'place' && outer.place.steps.length >= maxChangeDepth
              ? { kind: 'too-deep' }
              : outer.kind === 'place'
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
      if (resolved.kind === 'unresolved' || resolved.kind === 'too-deep') return resolved.kind;
      if (resolved.kind === 'discarded') continue;
      changes.push({ place: resolved.place, key: resolved.key, deletion: false, item });
    }
  }
  for (const struct of listItemsDeletedBy(doc, ds)) {
    const place = placeOfType(struct.parent as AnyType);
    if (place) changes.push({ place, key: struct.parentSub, deletion: true, item: struct });
  }
  const deletes = (id: Y.ID): boolean =>
    (ds.clients.get(id.client) ?? []).some(({ clock, len }) => clock <= id.clock && id.clock < clock + len);
  return { changes, deletes };
}
