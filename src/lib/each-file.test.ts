import { describe, expect, it } from 'vitest';
import { FILES_AT_ONCE, eachFile } from './each-file.ts';

describe('eachFile', () => {
  it('never has more than FILES_AT_ONCE items in flight, however many there are', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await eachFile(Array.from({ length: FILES_AT_ONCE * 5 }, (_, index) => index), async (item) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, item % 3));
      inFlight -= 1;
      return item * 2;
    });
    expect(most).toBe(FILES_AT_ONCE);
    expect(results).toEqual(Array.from({ length: FILES_AT_ONCE * 5 }, (_, index) => index * 2));
  });

  it('rejects with the first failure', async () => {
    await expect(eachFile([1, 2, 3], async (item) => (item === 2 ? Promise.reject(new Error('unreadable')) : item))).rejects.toThrow('unreadable');
  });
});
