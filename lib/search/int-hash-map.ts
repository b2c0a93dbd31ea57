/**
 * Open-addressing map from int32 keys to non-negative int32 values. A JS Map of
 * millions of shingle hashes costs several times the memory and lookup time.
 * Keys and values sit side by side (slot i at 2i, 2i + 1) so a probe touches one
 * cache line; value -1 marks an empty slot.
 */
export interface IntHashMap {
  entries: Int32Array;
  size: number;
  /** Slot count - 1 (a power of two minus one). */
  mask: number;
}

function createEntries(slots: number): Int32Array {
  const entries = new Int32Array(slots * 2);
  for (let i = 1; i < entries.length; i += 2) entries[i] = -1;
  return entries;
}

export function createIntHashMap(capacity = 1024): IntHashMap {
  let slots = 16;
  while (slots < capacity * 2) slots *= 2;
  return { entries: createEntries(slots), size: 0, mask: slots - 1 };
}

/** Entry offset (even) of key's slot, or of the empty slot where it would go. */
function findEntry(map: IntHashMap, key: number): number {
  const entries = map.entries;
  let slot = Math.imul(key, 0x9e3779b1) & map.mask;
  while (entries[2 * slot + 1] !== -1 && entries[2 * slot] !== key) slot = (slot + 1) & map.mask;
  return 2 * slot;
}

/** The value stored for key, or -1. */
export function getIntValue(map: IntHashMap, key: number): number {
  return map.entries[findEntry(map, key) + 1];
}

function growIntHashMap(map: IntHashMap): void {
  const old = map.entries;
  const slots = (map.mask + 1) * 2;
  map.entries = createEntries(slots);
  map.mask = slots - 1;
  for (let i = 0; i < old.length; i += 2) {
    if (old[i + 1] === -1) continue;
    const at = findEntry(map, old[i]);
    map.entries[at] = old[i];
    map.entries[at + 1] = old[i + 1];
  }
}

function storeEntry(map: IntHashMap, key: number, value: number): void {
  if ((map.size + 1) * 2 > map.mask + 1) growIntHashMap(map);
  const at = findEntry(map, key);
  map.entries[at] = key;
  map.entries[at + 1] = value;
  map.size++;
}

/** Returns the value stored for key, storing `create()` first when there is none. */
export function getOrAddIntValue(map: IntHashMap, key: number, create: () => number): number {
  const value = map.entries[findEntry(map, key) + 1];
  if (value !== -1) return value;
  const created = create();
  storeEntry(map, key, created);
  return created;
}

export function setIntValue(map: IntHashMap, key: number, value: number): void {
  const at = findEntry(map, key);
  if (map.entries[at + 1] !== -1) map.entries[at + 1] = value;
  else storeEntry(map, key, value);
}
