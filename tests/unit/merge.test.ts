import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeByKey } from '../../src/domain/merge.js';

const tagged = (streams: number[][]) => streams.map((keys, s) => keys.map((key, i) => ({ key, s, i })));

describe('mergeByKey', () => {
  it.each([
    [[], []],
    [[[]], []],
    [
      [
        [1, 3, 5],
        [2, 4, 6],
      ],
      ['0.0', '1.0', '0.1', '1.1', '0.2', '1.2'],
    ],
    // Equal keys: the earlier stream first, and a stream's own order kept.
    [
      [[1, 1], [1], [0, 1]],
      ['2.0', '0.0', '0.1', '1.0', '2.1'],
    ],
    [
      [[5], [], [4, 5, 5]],
      ['2.0', '0.0', '2.1', '2.2'],
    ],
  ])('%j → %j', (streams, expected) => {
    const merged = [
      ...mergeByKey(
        tagged(streams).map((s) => s[Symbol.iterator]()),
        (x) => x.key,
      ),
    ].map((x) => `${x.s}.${x.i}`);
    expect(merged).toEqual(expected);
  });

  it('gives what a stable sort of everything gives, for any sorted streams', () => {
    const sortedStreams = fc.array(
      fc.array(fc.integer({ min: 0, max: 20 })).map((xs) => xs.sort((a, b) => a - b)),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(sortedStreams, (streams) => {
        const items = tagged(streams);
        const merged = [
          ...mergeByKey(
            items.map((s) => s[Symbol.iterator]()),
            (x) => x.key,
          ),
        ];
        expect(merged).toEqual(items.flat().sort((a, b) => a.key - b.key || a.s - b.s));
      }),
    );
  });

  it('pulls a stream only when its head has been yielded', () => {
    let pulled = 0;
    function* counting(keys: number[]) {
      for (const key of keys) {
        pulled++;
        yield { key };
      }
    }
    const merged = mergeByKey([counting([1, 2, 3]), counting([10, 20])], (x) => x.key);
    expect(merged.next().value).toEqual({ key: 1 });
    expect(pulled).toBe(2);
  });
});
