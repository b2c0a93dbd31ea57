import { createIntBuffer, pushInt, type IntBuffer } from './int-buffer';

/**
 * Posting lists of many features in one Int32Array, as chains of blocks that
 * double in size up to MAX_BLOCK. Millions of shingles each with its own typed
 * array would mean millions of ArrayBuffers for the garbage collector to track.
 *
 * Block at offset b: data[b] = next block (-1 at the end), data[b + 1] = capacity,
 * then entries, each `(paragraphId << 4) | min(tf, 15)` in ascending paragraph order.
 */
export interface PostingPool {
  data: Int32Array;
  used: number;
  head: IntBuffer;
  tail: IntBuffer;
  /** Entries used in the tail block. */
  tailFill: IntBuffer;
  /** Live paragraphs in the list; removed paragraphs stay in the blocks and are skipped. */
  df: IntBuffer;
}

const FIRST_BLOCK = 2;
const MAX_BLOCK = 2048;

export function createPostingPool(capacity = 1 << 16): PostingPool {
  return {
    data: new Int32Array(capacity),
    used: 0,
    head: createIntBuffer(1024),
    tail: createIntBuffer(1024),
    tailFill: createIntBuffer(1024),
    df: createIntBuffer(1024),
  };
}

function allocateBlock(pool: PostingPool, capacity: number): number {
  if (pool.used + capacity + 2 > pool.data.length) {
    const grown = new Int32Array(Math.max(pool.data.length * 2, pool.used + capacity + 2));
    grown.set(pool.data.subarray(0, pool.used));
    pool.data = grown;
  }
  const block = pool.used;
  pool.data[block] = -1;
  pool.data[block + 1] = capacity;
  pool.used += capacity + 2;
  return block;
}

/** Registers a new, empty feature and returns its id. */
export function addPostingFeature(pool: PostingPool): number {
  const id = pool.head.size;
  const block = allocateBlock(pool, FIRST_BLOCK);
  pushInt(pool.head, block);
  pushInt(pool.tail, block);
  pushInt(pool.tailFill, 0);
  pushInt(pool.df, 0);
  return id;
}

/**
 * Adds the paragraph to the feature's list, or bumps its term frequency when the
 * paragraph is already the last entry (a paragraph is indexed in one go).
 */
export function notePosting(pool: PostingPool, feature: number, paragraphId: number): void {
  let tail = pool.tail.data[feature];
  let fill = pool.tailFill.data[feature];
  if (fill > 0) {
    const lastAt = tail + 2 + fill - 1;
    const packed = pool.data[lastAt];
    if (packed >>> 4 === paragraphId) {
      if ((packed & 15) < 15) pool.data[lastAt] = packed + 1;
      return;
    }
  }
  const capacity = pool.data[tail + 1];
  if (fill === capacity) {
    const block = allocateBlock(pool, Math.min(capacity * 2, MAX_BLOCK));
    pool.data[tail] = block;
    pool.tail.data[feature] = tail = block;
    fill = 0;
  }
  pool.data[tail + 2 + fill] = (paragraphId << 4) | 1;
  pool.tailFill.data[feature] = fill + 1;
  pool.df.data[feature]++;
}
