/**
 * A k-way merge: streams each in ascending order become one, lazily. The
 * streams' heads sit in a binary heap, so each item costs log k comparisons
 * rather than a scan of every stream (10,000 services, one leg each).
 */

/** Merges iterators whose items come in ascending `key` order; equal keys keep the iterators' order. */
export function* mergeByKey<T>(streams: Iterator<T>[], key: (item: T) => number): Generator<T> {
  // The heap holds stream numbers; each stream's head and its key sit in arrays by stream number,
  // the keys in a Float64Array, so sifting compares numbers in one block of memory.
  const keys = new Float64Array(streams.length);
  const values: (T | undefined)[] = new Array(streams.length);
  const heap = new Int32Array(streams.length);
  let size = 0;
  for (let stream = 0; stream < streams.length; stream++) {
    const r = streams[stream]!.next();
    if (r.done) continue;
    values[stream] = r.value;
    keys[stream] = key(r.value);
    heap[size++] = stream;
  }
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(heap, size, keys, i);
  while (size > 0) {
    const top = heap[0]!;
    yield values[top]!;
    const r = streams[top]!.next();
    if (r.done) {
      values[top] = undefined;
      if (--size === 0) return;
      heap[0] = heap[size]!;
    } else {
      values[top] = r.value;
      keys[top] = key(r.value);
    }
    siftDown(heap, size, keys, 0);
  }
}

/** Whether stream a's head comes before stream b's: the smaller key, and on a tie the earlier stream. */
const before = (keys: Float64Array, a: number, b: number): boolean =>
  keys[a]! < keys[b]! || (keys[a] === keys[b] && a < b);

function siftDown(heap: Int32Array, size: number, keys: Float64Array, from: number): void {
  const item = heap[from]!;
  let i = from;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) break;
    const right = left + 1;
    const child = right < size && before(keys, heap[right]!, heap[left]!) ? right : left;
    if (!before(keys, heap[child]!, item)) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = item;
}
