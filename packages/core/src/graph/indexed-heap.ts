/**
 * The indexed binary min-heap of the Dijkstra sweeps (path-sweep, tie betweenness): node ids in `heap`, their
 * keys (tentative distances) in `keys`, each node's slot in `position`, so a node's key can be lowered in place
 * (decrease-key) and the heap never holds more than n entries. Internal to core: not re-exported.
 */

/** Places node `v` with `key` at heap slot `i` (a new last slot or its current one) and sifts it up. */
export function heapUp(
  heap: Int32Array,
  keys: Float64Array,
  position: Int32Array,
  i: number,
  v: number,
  key: number,
): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (keys[parent]! <= key) break;
    const u = heap[parent]!;
    heap[i] = u;
    keys[i] = keys[parent]!;
    position[u] = i;
    i = parent;
  }
  heap[i] = v;
  keys[i] = key;
  position[v] = i;
}

/** Places node `v` with `key` at the root of a heap of `size` entries and sifts it down. */
export function heapDown(
  heap: Int32Array,
  keys: Float64Array,
  position: Int32Array,
  size: number,
  v: number,
  key: number,
): void {
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    if (child + 1 < size && keys[child + 1]! < keys[child]!) child++;
    if (keys[child]! >= key) break;
    const u = heap[child]!;
    heap[i] = u;
    keys[i] = keys[child]!;
    position[u] = i;
    i = child;
  }
  heap[i] = v;
  keys[i] = key;
  position[v] = i;
}
