/**
 * A Flatbush tree from its leaf order, without sorting at load. Flatbush.finish() spends most of
 * its time on the Hilbert sort of the items (about 1.5 ms over the boundary's chunks in a cold
 * process); everything else in the tree follows from the item boxes and that order. geo:build
 * stores the order in the compact file (docs/data-format.md, "Tree stream"); the engine writes
 * the leaves in that order and their parents, as finish() does, into Flatbush's serialized
 * layout (format version 3: an 8-byte header, then every node's box, then every node's index)
 * and opens it with Flatbush.from. tests/core/geometry.test.ts checks that the bytes equal those
 * of the tree finish() builds.
 */
import Flatbush from 'flatbush';

/** Flatbush's default node size, which the boundary index uses. */
const NODE_SIZE = 16;

/** The tree's node boxes and indices as views of its serialized data, and where each level ends (in box values). */
function layout(data: ArrayBufferLike, numItems: number): { boxes: Float64Array; indices: Uint16Array | Uint32Array; levels: number[] } {
  // As Flatbush's constructor counts them: the leaves, then each level's parents, up to the root.
  let n = numItems;
  let nodes = n;
  const levels = [n * 4];
  do {
    n = Math.ceil(n / NODE_SIZE);
    nodes += n;
    levels.push(nodes * 4);
  } while (n !== 1);
  const boxes = new Float64Array(data, 8, nodes * 4);
  const indices = nodes < 16384 ? new Uint16Array(data, 8 + nodes * 32, nodes) : new Uint32Array(data, 8 + nodes * 32, nodes);
  return { boxes, indices, levels };
}

/** The item ids in leaf order of a finished tree (node size 16, Float64 boxes): what packedTree needs to rebuild it. */
export function leafOrder(tree: Flatbush): Uint32Array {
  return Uint32Array.from(layout(tree.data, tree.numItems).indices.subarray(0, tree.numItems));
}

/** True when `order` holds each of 0 … n − 1 exactly once. */
function isPermutation(order: ArrayLike<number>, n: number): boolean {
  if (order.length !== n) return false;
  const seen = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = order[i]!;
    if (!(k >= 0 && k < n) || seen[k]) return false;
    seen[k] = 1;
  }
  return true;
}

/**
 * The tree over `items` (minX, minY, maxX, maxY each): packed from `order` when it is a
 * permutation of the items, else built and sorted by Flatbush. Any permutation gives a valid tree
 * with the same search results; the stored one gives the very tree finish() builds.
 */
export function treeOf(items: Float64Array, order?: ArrayLike<number> | null): Flatbush {
  const n = items.length / 4;
  const tree = new Flatbush(n, NODE_SIZE);
  if (!order || !isPermutation(order, n)) {
    for (let i = 0; i < n; i++) tree.add(items[i * 4]!, items[i * 4 + 1]!, items[i * 4 + 2]!, items[i * 4 + 3]!);
    tree.finish();
    return tree;
  }
  // `tree` is only the buffer here (sized, with its header written); its own state is not used.
  const { boxes, indices, levels } = layout(tree.data, n);
  for (let i = 0; i < n; i++) {
    const k = order[i]!;
    indices[i] = k;
    boxes[i * 4] = items[k * 4]!;
    boxes[i * 4 + 1] = items[k * 4 + 1]!;
    boxes[i * 4 + 2] = items[k * 4 + 2]!;
    boxes[i * 4 + 3] = items[k * 4 + 3]!;
  }
  // Each level's parents, one per run of NODE_SIZE nodes, as finish() makes them.
  let pos = n * 4;
  for (let level = 0, read = 0; level < levels.length - 1; level++) {
    const end = levels[level]!;
    while (read < end) {
      const first = read;
      let minX = boxes[read++]!;
      let minY = boxes[read++]!;
      let maxX = boxes[read++]!;
      let maxY = boxes[read++]!;
      for (let j = 1; j < NODE_SIZE && read < end; j++) {
        minX = Math.min(minX, boxes[read++]!);
        minY = Math.min(minY, boxes[read++]!);
        maxX = Math.max(maxX, boxes[read++]!);
        maxY = Math.max(maxY, boxes[read++]!);
      }
      indices[pos >> 2] = first;
      boxes[pos++] = minX;
      boxes[pos++] = minY;
      boxes[pos++] = maxX;
      boxes[pos++] = maxY;
    }
  }
  return Flatbush.from(tree.data);
}
