import { describe, expect, it } from 'vitest';
import { keepHeapSmall } from './memory.js';

describe('keepHeapSmall', () => {
  it('collects the garbage once the heap has grown by the given amount since the last collection', () => {
    const heap = keepHeapSmall(8);
    let garbage: Array<{ index: number; text: string }> = [];
    for (let i = 0; i < 400_000; i++) garbage.push({ index: i, text: `profile ${i}` });
    garbage = [];
    const grown = process.memoryUsage().heapUsed;
    heap.check();
    expect(garbage).toHaveLength(0);
    expect(process.memoryUsage().heapUsed).toBeLessThan(grown - 8 * 1024 * 1024);
  });

  it('leaves the heap alone while it has grown less than that', () => {
    const heap = keepHeapSmall(512);
    const before = process.memoryUsage().heapUsed;
    heap.check();
    expect(process.memoryUsage().heapUsed).toBeGreaterThanOrEqual(before);
  });
});
