/**
 * The V8 flag of long windows (src/cli/heap.ts) is set only on the V8 versions
 * it was measured on: a V8 that does not know a flag prints an error for it.
 */
import { describe, expect, it } from 'vitest';
import { knowsGrowthFactor, turnsMaglevOff } from '../../src/cli/heap.js';

describe('the young-generation flag', () => {
  it('is set on the V8 of Node 20, 22, 24 and 26, and on no other', () => {
    expect(
      ['11.3.244.8-node.38', '12.4.254.21-node.57', '13.6.233.17-node.63', '14.6.202.34-node.40'].map(
        knowsGrowthFactor,
      ),
    ).toEqual([true, true, true, true]);
    expect(['10.2.154.26-node.26', '15.0.1', ''].map(knowsGrowthFactor)).toEqual([false, false, false]);
  });

  it('is set on this V8', () => {
    expect(knowsGrowthFactor(process.versions.v8)).toBe(true);
  });
});

describe('Maglev, turned off for long windows', () => {
  it('on the V8 of Node 22, 24 and 26, which run it by default; not on Node 20, whose V8 does not, nor on unmeasured ones', () => {
    expect(
      ['11.3.244.8-node.38', '12.4.254.21-node.57', '13.6.233.17-node.63', '14.6.202.34-node.40'].map(turnsMaglevOff),
    ).toEqual([false, true, true, true]);
    expect(['10.2.154.26-node.26', '15.0.1', ''].map(turnsMaglevOff)).toEqual([false, false, false]);
  });
});
