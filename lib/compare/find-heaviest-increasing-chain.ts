/**
 * Heaviest subsequence with strictly increasing keys, in O(n log n) with a
 * Fenwick tree of prefix maxima. Returns the positions of the chosen items.
 * Used to find which matched paragraphs kept their relative order.
 */

export interface ChainItem {
  key: number;
  weight: number;
}

export function findHeaviestIncreasingChain(items: ChainItem[]): number[] {
  if (items.length === 0) return [];
  const keys = [...new Set(items.map((item) => item.key))].sort((x, y) => x - y);
  const rankOf = new Map(keys.map((key, rank) => [key, rank + 1]));
  const size = keys.length;
  const treeBest = new Float64Array(size + 1);
  const treeAt = new Int32Array(size + 1).fill(-1);
  const total = new Float64Array(items.length);
  const previous = new Int32Array(items.length).fill(-1);

  const query = (rank: number): number => {
    let best = 0;
    let at = -1;
    for (let i = rank; i > 0; i -= i & -i) {
      if (treeBest[i]! > best) {
        best = treeBest[i]!;
        at = treeAt[i]!;
      }
    }
    return at;
  };
  const update = (rank: number, value: number, position: number) => {
    for (let i = rank; i <= size; i += i & -i) {
      if (value > treeBest[i]!) {
        treeBest[i] = value;
        treeAt[i] = position;
      }
    }
  };

  let bestEnd = -1;
  items.forEach((item, position) => {
    const rank = rankOf.get(item.key)!;
    const before = query(rank - 1);
    total[position] = item.weight + (before >= 0 ? total[before]! : 0);
    previous[position] = before;
    update(rank, total[position]!, position);
    if (bestEnd < 0 || total[position]! > total[bestEnd]!) bestEnd = position;
  });

  const chain: number[] = [];
  for (let position = bestEnd; position >= 0; position = previous[position]!) chain.push(position);
  return chain.reverse();
}
