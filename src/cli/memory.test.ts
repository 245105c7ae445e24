import { setTimeout as sleep } from 'node:timers/promises';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { keepHeapSmall } from './memory.js';

const used = () => v8.getHeapStatistics().used_heap_size;

describe('keepHeapSmall', () => {
  it('collects the garbage once the heap has grown by the given amount since the last collection', async () => {
    const stop = keepHeapSmall(8);
    try {
      let garbage: Array<{ index: number; text: string }> = [];
      for (let i = 0; i < 400_000; i++) garbage.push({ index: i, text: `profile ${i}` });
      garbage = [];
      const grown = used();
      await sleep(300);
      expect(garbage).toHaveLength(0);
      expect(used()).toBeLessThan(grown - 8 * 1024 * 1024);
    } finally {
      stop();
    }
  });
});
