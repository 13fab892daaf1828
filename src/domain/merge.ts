/**
 * A k-way merge: streams each in ascending order become one, lazily. The
 * streams' heads sit in a binary heap, so each item costs log k comparisons
 * rather than a scan of every stream (10,000 services, one leg each).
 */

interface Head<T> {
  value: T;
  key: number;
  /** The stream's position in the list: ties go to the earlier stream. */
  stream: number;
}

const before = <T>(a: Head<T>, b: Head<T>): boolean => a.key < b.key || (a.key === b.key && a.stream < b.stream);

/** Merges iterators whose items come in ascending `key` order; equal keys keep the iterators' order. */
export function* mergeByKey<T>(streams: Iterator<T>[], key: (item: T) => number): Generator<T> {
  const heap: Head<T>[] = [];
  streams.forEach((s, stream) => {
    const r = s.next();
    if (!r.done) heap.push({ value: r.value, key: key(r.value), stream });
  });
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i);
  while (heap.length > 0) {
    const top = heap[0]!;
    yield top.value;
    const r = streams[top.stream]!.next();
    if (r.done) {
      const last = heap.pop()!;
      if (heap.length === 0) return;
      heap[0] = last;
    } else {
      top.value = r.value;
      top.key = key(r.value);
    }
    siftDown(heap, 0);
  }
}

function siftDown<T>(heap: Head<T>[], from: number): void {
  const item = heap[from]!;
  let i = from;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= heap.length) break;
    const right = left + 1;
    const child = right < heap.length && before(heap[right]!, heap[left]!) ? right : left;
    if (!before(heap[child]!, item)) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = item;
}
