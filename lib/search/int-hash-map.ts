/**
 * Open-addressing map from int32 keys to non-negative int32 values. A JS Map of
 * millions of shingle hashes costs several times the memory and lookup time.
 */
export interface IntHashMap {
  keys: Int32Array;
  values: Int32Array;
  size: number;
  mask: number;
}

export function createIntHashMap(capacity = 1024): IntHashMap {
  let slots = 16;
  while (slots < capacity * 2) slots *= 2;
  return { keys: new Int32Array(slots), values: new Int32Array(slots).fill(-1), size: 0, mask: slots - 1 };
}

function findSlot(map: IntHashMap, key: number): number {
  let slot = Math.imul(key, 0x9e3779b1) & map.mask;
  while (map.values[slot] !== -1 && map.keys[slot] !== key) slot = (slot + 1) & map.mask;
  return slot;
}

/** The value stored for key, or -1. */
export function getIntValue(map: IntHashMap, key: number): number {
  return map.values[findSlot(map, key)];
}

function growIntHashMap(map: IntHashMap): void {
  const { keys, values } = map;
  const grown = createIntHashMap(keys.length);
  for (let i = 0; i < keys.length; i++) {
    if (values[i] !== -1) {
      const slot = findSlot(grown, keys[i]);
      grown.keys[slot] = keys[i];
      grown.values[slot] = values[i];
    }
  }
  map.keys = grown.keys;
  map.values = grown.values;
  map.mask = grown.mask;
}

/** Returns the value stored for key, storing `create()` first when there is none. */
export function getOrAddIntValue(map: IntHashMap, key: number, create: () => number): number {
  let slot = findSlot(map, key);
  if (map.values[slot] !== -1) return map.values[slot];
  if ((map.size + 1) * 2 > map.keys.length) {
    growIntHashMap(map);
    slot = findSlot(map, key);
  }
  const value = create();
  map.keys[slot] = key;
  map.values[slot] = value;
  map.size++;
  return value;
}

export function setIntValue(map: IntHashMap, key: number, value: number): void {
  let slot = findSlot(map, key);
  if (map.values[slot] === -1) {
    if ((map.size + 1) * 2 > map.keys.length) {
      growIntHashMap(map);
      slot = findSlot(map, key);
    }
    map.size++;
  }
  map.keys[slot] = key;
  map.values[slot] = value;
}
