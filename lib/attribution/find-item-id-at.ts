import * as Y from 'yjs';
import { footnoteNodeName, hardBreakNodeName } from '@/lib/editor';

/**
 * The Yjs id (client, clock) of the character at a plain-text offset of a
 * paragraph's fragment, counted as readFragmentText counts (blocks joined by a
 * newline, hard breaks as one character, footnotes left out); null past the
 * end or on a break. Ids are global, so the server's record of who inserted
 * which ids answers for the same character in every copy.
 */
export function findItemIdAt(fragment: Y.XmlFragment, offset: number): { client: number; clock: number } | null {
  let position = 0;
  let found: { client: number; clock: number } | null = null;
  const visitText = (text: Y.XmlText): boolean => {
    for (let item = text._start; item; item = item.right) {
      if (item.deleted || !(item.content instanceof Y.ContentString)) continue;
      const length = item.length;
      if (offset < position + length) {
        found = { client: item.id.client, clock: item.id.clock + (offset - position) };
        return true;
      }
      position += length;
    }
    return false;
  };
  const visitInline = (element: Y.XmlElement): boolean => {
    for (const child of element.toArray()) {
      if (child instanceof Y.XmlText) {
        if (visitText(child)) return true;
      } else if (child instanceof Y.XmlElement && child.nodeName === hardBreakNodeName) {
        if (offset === position) return true;
        position += 1;
      } else if (child instanceof Y.XmlElement && child.nodeName !== footnoteNodeName) {
        if (visitInline(child)) return true;
      }
    }
    return false;
  };
  const blocks = fragment.toArray();
  for (const [index, block] of blocks.entries()) {
    if (index > 0) {
      if (offset === position) return null;
      position += 1;
    }
    if (block instanceof Y.XmlText ? visitText(block) : block instanceof Y.XmlElement && visitInline(block)) return found;
  }
  return null;
}
