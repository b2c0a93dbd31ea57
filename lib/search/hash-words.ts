/**
 * 32-bit hashes of word-id sequences. Collisions only blur a candidate score;
 * every hit is rescored (and every agreed-language span verified) on the real ids.
 */

function mixHash(hash: number, value: number): number {
  let h = Math.imul(hash ^ value, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export function hashTriple(a: number, b: number, c: number): number {
  return mixHash(mixHash(mixHash(0x9e3779b9, a), b), c) | 0;
}

export function hashSequence(ids: ArrayLike<number>, start: number, length: number): number {
  let h = 0x27d4eb2f;
  for (let i = start; i < start + length; i++) h = mixHash(h, ids[i]);
  return h | 0;
}

/**
 * A paragraph's key from its document id and position: the same in every index
 * that holds the paragraph, whatever order documents were added in, so equal
 * scores are broken alike by a process that caught up incrementally and by one
 * that just rebuilt.
 */
export function hashParagraphKey(documentId: string, slot: number): number {
  let h = 0x165667b1;
  for (let i = 0; i < documentId.length; i++) h = mixHash(h, documentId.charCodeAt(i));
  return mixHash(h, slot) | 0;
}
