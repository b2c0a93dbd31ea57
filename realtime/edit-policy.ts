import * as Y from 'yjs';
import { draftDocKeys, paragraphKeys } from '@/lib/draft';
import { readDecodedUpdate, type DecodedUpdate } from './decoded-update';
import { listItemsDeletedBy } from './deleted-items';
import { checkOrderEntry, checkParagraphEntry, checkParagraphField } from './paragraph-shape';
import { can, type Role } from '@/lib/auth/permissions';

export interface EditRules {
  canEditFrozen: boolean;
  canFreeze: boolean;
  canSetStatus: boolean;
}

export function readEditRules(role: Role): EditRules {
  return {
    canEditFrozen: role === 'facilitator',
    canFreeze: can(role, 'draft:freeze'),
    canSetStatus: can(role, 'draft:set-status'),
  };
}

// Yjs types are parameterised by their event type, which does not matter here.
type AnyType = Y.AbstractType<any>;

type DecodedItem = Y.Item & { parent: Y.ID | string | null | AnyType };

/** Where a struct of an incoming update would land. */
type Container =
  | { kind: 'existing'; type: AnyType; key: string | null }
  | { kind: 'new' }
  | { kind: 'discarded' }
  | { kind: 'unresolved' };

/**
 * Says why an update may not be applied for a connection with these rules, or
 * null if it may. The update is decoded, not applied: each new struct's
 * parent (given outright, or inherited from its left/right origin) and each
 * deleted struct is looked up in the current document and walked up to see
 * whether it sits inside a frozen paragraph or sets a status or freeze flag.
 * Cheap for keystroke-sized updates, and the document is never touched.
 */
export function findForbiddenChange(doc: Y.Doc, update: Uint8Array | DecodedUpdate, rules: EditRules): string | null {
  const { structs, ds } = readDecodedUpdate(update);
  const paragraphs = doc.getMap(draftDocKeys.paragraphs);
  const order = doc.getArray(draftDocKeys.order);
  const incoming = new Map<number, Y.Item[]>();
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const list = incoming.get(struct.id.client) ?? [];
    list.push(struct);
    incoming.set(struct.id.client, list);
  }
  const memo = new Map<Y.Item, Container>();

  const findIncoming = (id: Y.ID): Y.Item | undefined =>
    incoming.get(id.client)?.find((item) => item.id.clock <= id.clock && id.clock < item.id.clock + item.length);

  const findExisting = (id: Y.ID): Y.Item | Y.GC | undefined => {
    if (Y.getState(doc.store, id.client) <= id.clock) return undefined;
    return Y.getItem(doc.store, id) as Y.Item | Y.GC;
  };

  const resolve = (item: DecodedItem, depth = 0): Container => {
    const cached = memo.get(item);
    if (cached) return cached;
    let result: Container;
    const parent = item.parent;
    if (typeof parent === 'string') {
      const root = doc.share.get(parent);
      result = root ? { kind: 'existing', type: root, key: item.parentSub } : { kind: 'new' };
    } else if (parent instanceof Y.ID) {
      const existing = findExisting(parent);
      if (existing instanceof Y.Item && existing.content instanceof Y.ContentType) {
        result = { kind: 'existing', type: existing.content.type, key: item.parentSub };
      } else if (existing) {
        result = { kind: 'discarded' };
      } else {
        result = findIncoming(parent) ? { kind: 'new' } : { kind: 'unresolved' };
      }
    } else if (parent === null) {
      const originId = item.origin ?? item.rightOrigin;
      const existing = originId ? findExisting(originId) : undefined;
      if (existing instanceof Y.Item) {
        result = { kind: 'existing', type: existing.parent as AnyType, key: existing.parentSub };
      } else if (existing) {
        result = { kind: 'discarded' };
      } else {
        const sibling = originId ? findIncoming(originId) : undefined;
        result = sibling && sibling !== item && depth < 10_000 ? resolve(sibling as DecodedItem, depth + 1) : { kind: 'unresolved' };
      }
    } else {
      result = { kind: 'existing', type: parent, key: item.parentSub };
    }
    memo.set(item, result);
    return result;
  };

  const isParagraph = (type: AnyType): type is Y.Map<any> =>
    type instanceof Y.Map && type._item?.parent === paragraphs;

  const isFrozen = (paragraph: AnyType | undefined): boolean =>
    paragraph instanceof Y.Map && paragraph.get(paragraphKeys.frozen) === true;

  const check = (type: AnyType, key: string | null): string | null => {
    if (type === paragraphs) {
      if (key !== null && !rules.canEditFrozen && isFrozen(paragraphs.get(key) as AnyType | undefined)) {
        return 'A frozen paragraph cannot be replaced or deleted.';
      }
      return null;
    }
    if (isParagraph(type)) {
      if (key === paragraphKeys.status && !rules.canSetStatus) return 'Only a facilitator can set a paragraph status.';
      if (key === paragraphKeys.frozen && !rules.canFreeze) return 'Only a facilitator can freeze a paragraph.';
      if (!rules.canEditFrozen && isFrozen(type)) return 'This paragraph is frozen.';
      return null;
    }
    if (rules.canEditFrozen) return null;
    for (let current: AnyType | null = type; current?._item; ) {
      const parent = current._item.parent as AnyType;
      if (isParagraph(parent)) return isFrozen(parent) ? 'This paragraph is frozen.' : null;
      current = parent;
    }
    return null;
  };

  /** A field of a paragraph map that arrives in the same update (a new or replaced paragraph). */
  const checkFieldOfNewParagraph = (item: Y.Item): string | null => {
    const parentId = (item as DecodedItem).parent;
    const map = parentId instanceof Y.ID ? findIncoming(parentId) : undefined;
    if (!map || !(map.content instanceof Y.ContentType && map.content.type instanceof Y.Map)) return null;
    const landing = resolve(map as DecodedItem);
    if (landing.kind !== 'existing' || landing.type !== paragraphs) return null;
    return checkParagraphField(item.parentSub, item, true, rules);
  };

  for (const [client, items] of incoming) {
    const known = Y.getState(doc.store, client);
    for (const item of items) {
      if (item.id.clock + item.length <= known) continue;
      const container = resolve(item as DecodedItem);
      if (container.kind === 'unresolved') return 'The update refers to content this draft does not have.';
      if (container.kind === 'new') {
        const reason = checkFieldOfNewParagraph(item);
        if (reason) return reason;
        continue;
      }
      if (container.kind !== 'existing') continue;
      const shape =
        container.type === paragraphs && container.key !== null
          ? checkParagraphEntry(item)
          : container.type === order
            ? checkOrderEntry(item)
            : isParagraph(container.type)
              ? checkParagraphField(container.key, item, false, rules)
              : null;
      if (shape) return shape;
      const reason = check(container.type, container.key);
      if (reason) return reason;
    }
  }

  const isDeletedByUpdate = (id: Y.ID): boolean =>
    (ds.clients.get(id.client) ?? []).some(({ clock, len }) => clock <= id.clock && id.clock < clock + len);

  // Deleting a paragraph deletes everything inside it too; those inner deletions are judged by the paragraph's own.
  const insideDeletedType = (struct: Y.Item): boolean => {
    for (let current = struct.parent as AnyType | null; current?._item; current = current._item.parent as AnyType) {
      if (isDeletedByUpdate(current._item.id)) return true;
    }
    return false;
  };

  for (const struct of listItemsDeletedBy(doc, ds)) {
    if (insideDeletedType(struct)) continue;
    const reason = check(struct.parent as AnyType, struct.parentSub);
    if (reason) return reason;
  }
  return null;
}
